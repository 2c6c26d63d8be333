#include "targetpage.h"

#include "demosandbox.h"
#include "hostfactory.h"
#include "installation.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kb {

namespace {

enum Column { Col_Product, Col_Version, Col_Folder, Col_Source, Col_Count };

QString sourceText(const QString &source)
{
    if (source == QLatin1String("registry"))
        return TargetPage::tr("Windows registry");
    if (source == QLatin1String("demo"))
        return TargetPage::tr("Demo server");
    //: How an installation was found: in a folder the user chose.
    return TargetPage::tr("Folder you chose");
}

QString versionText(const Target &t)
{
    if (t.version.isEmpty())
        return TargetPage::tr("unknown");
    return t.build.isEmpty() ? t.version : TargetPage::tr("%1 (build %2)").arg(t.version, t.build);
}

} // namespace

TargetPage::TargetPage(Session *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    m_listLabel = new QLabel(this);
    m_list = new QTreeWidget(this);
    m_list->setColumnCount(Col_Count);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(Col_Folder, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(Col_Product, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Col_Version, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(Col_Source, QHeaderView::ResizeToContents);
    m_listLabel->setBuddy(m_list);

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_folderLabel = new QLabel(this);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setClearButtonEnabled(true);
    m_pathEdit->installEventFilter(this);
    m_folderLabel->setBuddy(m_pathEdit);
    m_useButton = new QPushButton(this);
    m_useButton->setEnabled(false);
    m_browseButton = new QPushButton(this);
    m_demoButton = new QPushButton(this);
    m_lastDemoButton = new QPushButton(this);
    for (QPushButton *b : {m_useButton, m_browseButton, m_demoButton, m_lastDemoButton})
        b->setAutoDefault(false);

    m_busyLabel = new QLabel(this);
    m_busyLabel->setWordWrap(true);
    m_busyLabel->hide();

    m_errorPanel = new QWidget(this);
    auto *errorIcon = new QLabel(m_errorPanel);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    errorIcon->setAlignment(Qt::AlignTop);
    m_errorLabel = new QLabel(m_errorPanel);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *errorLayout = new QHBoxLayout(m_errorPanel);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(errorIcon);
    errorLayout->addWidget(m_errorLabel, 1);
    m_errorPanel->hide();

    m_backupLabel = new QLabel(this);
    m_backupLabel->setWordWrap(true);
    m_backupLabel->setTextFormat(Qt::PlainText);
    m_backupLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel);
    folderRow->addWidget(m_pathEdit, 1);
    folderRow->addWidget(m_useButton);
    folderRow->addWidget(m_browseButton);
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(m_demoButton);
    demoRow->addWidget(m_lastDemoButton);
    demoRow->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_details);
    layout->addSpacing(6);
    layout->addLayout(folderRow);
    layout->addLayout(demoRow);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_errorPanel);
    layout->addSpacing(6);
    layout->addWidget(m_backupLabel);

    setTabOrder(m_list, m_pathEdit);
    setTabOrder(m_pathEdit, m_useButton);
    setTabOrder(m_useButton, m_browseButton);
    setTabOrder(m_browseButton, m_demoButton);
    setTabOrder(m_demoButton, m_lastDemoButton);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        updateDetails();
        Q_EMIT completeChanged();
    });
    // Double-click = Next; Enter already presses the wizard's default button.
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (isComplete())
            wizard()->next();
    });
    connect(m_pathEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_useButton->setEnabled(!text.trimmed().isEmpty() && !m_watcher.isRunning());
    });
    connect(m_useButton, &QPushButton::clicked, this, &TargetPage::useTypedFolder);
    connect(m_browseButton, &QPushButton::clicked, this, &TargetPage::chooseFolder);
    connect(m_demoButton, &QPushButton::clicked, this, [this] { useDemo(false); });
    connect(m_lastDemoButton, &QPushButton::clicked, this, [this] { useDemo(true); });
    connect(&m_watcher, &QFutureWatcher<Search>::finished, this, &TargetPage::searchFinished);

    retranslateUi();
}

TargetPage::~TargetPage()
{
    m_watcher.waitForFinished(); // the search owns no widget, but must not outlive the page
}

void TargetPage::retranslateUi()
{
    setTitle(tr("Choose the server installation"));
    setSubTitle(tr("KB Wizard looked for Trend Micro Security Server installations. Choose the one "
                   "to repair, add another folder, or try everything on the demo server."));
    m_listLabel->setText(tr("&Installations found:"));
    m_list->setHeaderLabels({tr("Product"), tr("Version"), tr("Folder"), tr("Found in")});
    m_list->setAccessibleName(tr("Installations found"));
    m_list->setAccessibleDescription(tr("Product, version, folder and how each installation was found"));
    m_folderLabel->setText(tr("&Folder:"));
    m_pathEdit->setPlaceholderText(tr("C:\\Program Files (x86)\\Trend Micro\\Security Server or "
                                      "\\\\server\\share\\..."));
    m_pathEdit->setAccessibleName(tr("Folder of another installation"));
    m_pathEdit->setAccessibleDescription(tr("A local folder or a \\\\server\\share path; press "
                                            "Enter or Use to look for installations in it"));
    //: Button: look for installations in the folder typed next to it.
    m_useButton->setText(tr("&Use"));
    m_useButton->setAccessibleName(tr("Use the typed folder"));
    m_browseButton->setText(tr("Ch&oose folder..."));
    m_browseButton->setAccessibleName(tr("Choose folder"));
    m_demoButton->setText(tr("Use the &demo server"));
    m_demoButton->setAccessibleName(tr("Use the demo server"));
    m_demoButton->setToolTip(tr("A copy of a broken server made for trying KB Wizard safely. "
                                "Nothing on this computer is changed."));
    m_lastDemoButton->setText(tr("Continue the &last demo"));
    m_lastDemoButton->setAccessibleName(tr("Continue the last demo"));
    m_lastDemoButton->setToolTip(tr("Open the demo server copy used last time, with its changes "
                                    "and backups."));
    rebuildList();
}

void TargetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

bool TargetPage::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the folder field means "Use", not the wizard's Next.
    if (watched == m_pathEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_useButton->isEnabled()) {
            useTypedFolder();
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

void TargetPage::initializePage()
{
    m_targets = m_session->installations();
    m_preferred = -1;
    for (int i = 0; i < m_targets.size(); ++i)
        if (m_targets.at(i).pccsrv == m_session->target().pccsrv)
            m_preferred = i;
    if (m_preferred < 0 && !m_targets.isEmpty())
        m_preferred = 0;
    m_errorPanel->hide();
    m_lastDemoButton->setVisible(!DemoSandbox::latest().isEmpty());
    rebuildList();
}

void TargetPage::rebuildList()
{
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const int keep = m_preferred >= 0 ? m_preferred : selectedIndex();
    m_list->clear();
    for (const Target &t : m_targets) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(Col_Product, productName(t.product));
        item->setText(Col_Version, versionText(t));
        item->setToolTip(Col_Version, t.versionEvidence);
        item->setText(Col_Folder, QDir::toNativeSeparators(t.pccsrv));
        item->setToolTip(Col_Folder, QDir::toNativeSeparators(t.pccsrv));
        item->setFont(Col_Folder, mono);
        item->setText(Col_Source, sourceText(t.source));
    }
    m_preferred = -1;
    if (keep >= 0 && keep < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(keep));
    updateDetails();
}

int TargetPage::selectedIndex() const
{
    QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? m_list->indexOfTopLevelItem(item) : -1;
}

void TargetPage::updateDetails()
{
    const int i = selectedIndex();
    if (i < 0 || i >= m_targets.size()) {
        m_details->setText(m_targets.isEmpty()
                               ? tr("No installation was found on this computer. Choose the folder "
                                    "of the server, or try the demo server.")
                               : tr("Select the installation to repair."));
        m_backupLabel->hide();
        return;
    }
    const Target &t = m_targets.at(i);
    QString details = tr("%1 %2 in %3")
                          .arg(productName(t.product), versionText(t),
                               QDir::toNativeSeparators(t.pccsrv));
    if (!t.versionEvidence.isEmpty())
        details += QLatin1Char('\n') + tr("Version read from: %1").arg(t.versionEvidence);
    m_details->setText(details);
    // The same folder Session::backupRoot() gives once this target is chosen.
    m_backupLabel->setText(tr("Backups are kept in: %1")
                               .arg(QDir::toNativeSeparators(Installation::backupRootFor(t))));
    m_backupLabel->show();
}

void TargetPage::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorPanel->setVisible(!text.isEmpty());
}

void TargetPage::addTargets(const QList<Target> &targets)
{
    int first = -1;
    for (const Target &t : targets) {
        int at = -1;
        for (int i = 0; i < m_targets.size(); ++i)
            if (QDir::cleanPath(m_targets.at(i).pccsrv) == QDir::cleanPath(t.pccsrv))
                at = i;
        if (at < 0) {
            m_targets.append(t);
            at = int(m_targets.size()) - 1;
        }
        if (first < 0)
            first = at;
    }
    m_preferred = first;
    rebuildList();
}

void TargetPage::startSearch(const QString &busyText, std::function<Search()> work)
{
    if (m_watcher.isRunning())
        return;
    showError(QString());
    m_busyLabel->setText(busyText);
    m_busyLabel->show();
    for (QWidget *w : {static_cast<QWidget *>(m_useButton), static_cast<QWidget *>(m_browseButton),
                       static_cast<QWidget *>(m_demoButton), static_cast<QWidget *>(m_lastDemoButton)})
        w->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(std::move(work)));
    Q_EMIT completeChanged();
}

void TargetPage::searchFinished()
{
    const Search result = m_watcher.result();
    m_busyLabel->hide();
    for (QWidget *w : {static_cast<QWidget *>(m_browseButton), static_cast<QWidget *>(m_demoButton),
                       static_cast<QWidget *>(m_lastDemoButton)})
        w->setEnabled(true);
    m_useButton->setEnabled(!m_pathEdit->text().trimmed().isEmpty());
    m_lastDemoButton->setVisible(!DemoSandbox::latest().isEmpty());
    if (result.error)
        showError(tr("This folder cannot be used:\n%1").arg(result.error.toString()));
    else
        addTargets(result.targets);
    Q_EMIT completeChanged();
}

void TargetPage::useTypedFolder()
{
    const QString path = m_pathEdit->text().trimmed();
    if (path.isEmpty())
        return;
    startSearch(tr("Looking for installations in %1...").arg(path), [path] {
        Search s;
        s.targets = Installation::findUnder(path, &s.error);
        return s;
    });
}

void TargetPage::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Choose the folder of the installation"), m_pathEdit->text().trimmed());
    if (dir.isEmpty())
        return;
    m_pathEdit->setText(QDir::toNativeSeparators(dir));
    useTypedFolder();
}

void TargetPage::useDemo(bool latest)
{
    const QString busy = latest ? tr("Opening the last demo server...")
                                : tr("Copying the demo server...");
    startSearch(busy, [latest] {
        Search s;
        QString sandbox = latest ? DemoSandbox::latest() : DemoSandbox::create(QString(), &s.error);
        if (sandbox.isEmpty() && !s.error)
            s.error = KbError::make(QStringLiteral("demo.none"),
                                    TargetPage::tr("No earlier demo server was found."));
        if (!s.error)
            s.targets = Installation::findUnder(sandbox, &s.error);
        return s;
    });
}

bool TargetPage::isComplete() const
{
    return selectedIndex() >= 0 && !m_watcher.isRunning();
}

bool TargetPage::validatePage()
{
    const int i = selectedIndex();
    if (i < 0 || i >= m_targets.size())
        return false;
    const Target target = m_targets.at(i);
    KbError error;
    std::unique_ptr<Host> host = makeHost(m_hostKind, target, &error);
    if (error) {
        showError(tr("This installation cannot be used:\n%1").arg(error.toString()));
        return false;
    }
    // Articles may switch to another installation of the right product, but only to one found
    // in the same place (the same demo sandbox, or outside any sandbox).
    const QString sandbox = DemoSandbox::sandboxRootOf(target.pccsrv);
    QList<Target> related;
    for (const Target &t : std::as_const(m_targets))
        if (DemoSandbox::sandboxRootOf(t.pccsrv) == sandbox)
            related.append(t);
    m_session->setInstallations(related);
    m_session->setTarget(target);
    m_session->setHost(std::move(host));
    m_session->setDemoSandbox(sandbox);
    return true;
}

} // namespace kb
