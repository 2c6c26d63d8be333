#include "targetpage.h"

#include "installation.h"
#include "installationsearchbox.h"
#include "messagebanner.h"
#include "pageids.h"
#include "session.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kb {

namespace {

enum Column { Col_Product, Col_Version, Col_Folder, Col_Source, Col_Count };

QString sourceText(const Target &t)
{
    const QString &source = t.source;
    if (!t.serverName.isEmpty())
        return source == QLatin1String("registry")
                   //: How an installation was found: %1 = \\SERVER, through its registry.
                   ? TargetPage::tr("%1, its registry").arg(QStringLiteral("\\\\") + t.serverName)
                   //: How an installation was found: %1 = \\SERVER, in a default install folder.
                   : TargetPage::tr("%1, default folder").arg(QStringLiteral("\\\\") + t.serverName);
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

    // The selected installation, field by field; paths in monospace.
    m_selectedBox = new QGroupBox(this);
    m_selectedForm = new QFormLayout(m_selectedBox);
    m_details = new QLabel(m_selectedBox);
    m_details->setWordWrap(true);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto value = [this, &mono](bool monospace) {
        auto *label = new QLabel(m_selectedBox);
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (monospace)
            label->setFont(mono);
        return label;
    };
    m_productValue = value(false);
    m_versionValue = value(false);
    m_evidenceValue = value(true);
    m_folderValue = value(true);
    m_backupLabel = value(true);
    m_selectedForm->addRow(m_details);
    for (QLabel *field : {m_productValue, m_versionValue, m_evidenceValue, m_folderValue, m_backupLabel}) {
        auto *rowLabel = new QLabel(m_selectedBox);
        m_rowLabels.append(rowLabel);
        m_selectedForm->addRow(rowLabel, field);
    }

    m_otherBox = new InstallationSearchBox([session] { return session->requestedHostKind(); }, this);

    // Administrator rights for the selected installation: an icon and the engine's words.
    m_elevationBanner = new MessageBanner(this);

    m_busyLabel = new QLabel(this);
    m_busyLabel->setWordWrap(true);
    m_busyLabel->hide();

    m_errorPanel = new MessageBanner(this);
    m_errorPanel->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_selectedBox);
    layout->addWidget(m_elevationBanner);
    layout->addWidget(m_otherBox);
    layout->addWidget(m_busyLabel);
    layout->addWidget(m_errorPanel);

    setTabOrder(m_list, m_otherBox->firstInTabOrder());

    // Selection, not the current item: a click changes the current item before the selection.
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        updateDetails();
        startElevationCheck();
        Q_EMIT completeChanged();
    });
    // Double-click = Next; Enter already presses the wizard's default button.
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (isComplete())
            wizard()->next();
    });
    connect(m_otherBox, &InstallationSearchBox::searchStarted, this, &TargetPage::searchStarted);
    connect(m_otherBox, &InstallationSearchBox::searchDone, this, &TargetPage::searchFinished);
    connect(m_session, &Session::elevationKnown, this, &TargetPage::elevationChecked);

    retranslateUi();
}

TargetPage::~TargetPage() = default;

void TargetPage::retranslateUi()
{
    setTitle(tr("Choose the server installation"));
    setSubTitle(tr("KB Wizard looked for Trend Micro Security Server installations. Choose the one "
                   "to repair, add another folder, or try everything on the demo server."));
    m_listLabel->setText(tr("&Installations found:"));
    m_list->setHeaderLabels({tr("Product"), tr("Version"), tr("Folder"), tr("Found in")});
    m_list->setAccessibleName(tr("Installations found"));
    m_list->setAccessibleDescription(tr("Product, version, folder and how each installation was found"));
    m_selectedBox->setTitle(tr("Selected installation"));
    const QStringList rows = {tr("Product:"), tr("Version:"), tr("Version read from:"), tr("Folder:"),
                              tr("Backups are kept in:")};
    for (int i = 0; i < m_rowLabels.size(); ++i)
        m_rowLabels.at(i)->setText(rows.value(i));
    m_elevationBanner->setAccessibleName(tr("Administrator rights"));
    rebuildList();
}

void TargetPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
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
    m_otherBox->refreshLastDemo();
    rebuildList();
    startElevationCheck();
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
        item->setText(Col_Source, sourceText(t));
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
    const bool selected = i >= 0 && i < m_targets.size();
    m_selectedForm->setRowVisible(0, !selected);
    for (int row = 1; row < m_selectedForm->rowCount(); ++row)
        m_selectedForm->setRowVisible(row, selected);
    if (!selected) {
        m_details->setText(!m_startPending.isEmpty() ? m_startPending
                           : m_targets.isEmpty()
                               ? tr("No installation was found on this computer. Choose the folder "
                                    "of the server, or try the demo server.")
                               : tr("Select the installation to repair in the list above."));
        return;
    }
    const Target &t = m_targets.at(i);
    m_productValue->setText(productName(t.product));
    m_versionValue->setText(versionText(t));
    m_evidenceValue->setText(t.versionEvidence.isEmpty() ? tr("(not recorded)") : t.versionEvidence);
    m_folderValue->setText(QDir::toNativeSeparators(t.pccsrv));
    // The same folder Session::backupRoot() gives once this target is chosen.
    m_backupLabel->setText(QDir::toNativeSeparators(Installation::backupRootFor(t)));
}

void TargetPage::showError(const QString &text)
{
    m_errorPanel->setMessage(text);
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

void TargetPage::searchStarted(const QString &busyText)
{
    showError(QString());
    m_busyLabel->setText(busyText);
    m_busyLabel->show();
    Q_EMIT completeChanged();
}

void TargetPage::searchFinished(const InstallationSearch &result)
{
    m_busyLabel->hide();
    if (result.error && !result.server.isEmpty())
        //: %1 = the server name as typed, %2 = the engine's reason (where it looked).
        showError(tr("No installation can be used on %1:\n%2").arg(result.server, result.error.message));
    else if (result.error)
        showError(tr("This folder cannot be used:\n%1").arg(result.error.toString()));
    else
        addTargets(result.targets);
    Q_EMIT completeChanged();
}

int TargetPage::nextId() const
{
    return Page_Symptom;
}

void TargetPage::showStartPending(bool demo, const QString &root)
{
    const QString text = demo ? tr("Copying the demo server...")
                         : root.isEmpty() ? QString()
                                          : tr("Looking for installations in %1...")
                                                .arg(QDir::toNativeSeparators(root));
    // In the details box, where "No installation was found" would stand otherwise.
    m_startPending = text;
    updateDetails();
}

void TargetPage::startElevationCheck()
{
    const int i = selectedIndex();
    if (i < 0 || i >= m_targets.size()) {
        m_elevationBanner->hide();
        return;
    }
    m_session->probeElevation(m_targets.at(i));
}

void TargetPage::elevationChecked(const ElevationNotice &notice)
{
    const int i = selectedIndex();
    if (i < 0 || i >= m_targets.size() || m_targets.at(i).pccsrv != notice.pccsrv)
        return; // the selection changed meanwhile (or the Fix page asked): its own answer follows
    m_elevationBanner->setIcon(style()->standardIcon(notice.notElevated ? QStyle::SP_MessageBoxWarning
                                                                        : QStyle::SP_MessageBoxInformation));
    m_elevationBanner->setMessage(notice.text);
}

bool TargetPage::isComplete() const
{
    return selectedIndex() >= 0 && !m_otherBox->isSearching();
}

bool TargetPage::validatePage()
{
    const int i = selectedIndex();
    if (i < 0 || i >= m_targets.size())
        return false;
    if (KbError error = m_session->useInstallation(m_targets.at(i), m_targets)) {
        showError(tr("This installation cannot be used:\n%1").arg(error.toString()));
        return false;
    }
    return true;
}

} // namespace kb
