#include "installationsearchbox.h"

#include "demosandbox.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kb {

namespace {
// The box is part of the Target page for translators: same context, same catalog entries.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::TargetPage)
};
} // namespace

InstallationSearchBox::InstallationSearchBox(std::function<HostKind()> requestedHostKind, QWidget *parent)
    : QGroupBox(parent), m_requestedHostKind(std::move(requestedHostKind))
{
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
    m_serverLabel = new QLabel(this);
    m_serverEdit = new QLineEdit(this);
    m_serverEdit->setClearButtonEnabled(true);
    m_serverEdit->installEventFilter(this);
    m_serverLabel->setBuddy(m_serverEdit);
    m_connectButton = new QPushButton(this);
    m_connectButton->setEnabled(false);
    for (QPushButton *b : {m_useButton, m_browseButton, m_demoButton, m_lastDemoButton, m_connectButton})
        b->setAutoDefault(false);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderLabel);
    folderRow->addWidget(m_pathEdit, 1);
    folderRow->addWidget(m_useButton);
    folderRow->addWidget(m_browseButton);
    auto *serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverLabel);
    serverRow->addWidget(m_serverEdit, 1);
    serverRow->addWidget(m_connectButton);
    auto *demoRow = new QHBoxLayout;
    demoRow->addWidget(m_demoButton);
    demoRow->addWidget(m_lastDemoButton);
    demoRow->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(folderRow);
    layout->addLayout(serverRow);
    layout->addLayout(demoRow);

    setTabOrder(m_pathEdit, m_useButton);
    setTabOrder(m_useButton, m_browseButton);
    setTabOrder(m_browseButton, m_serverEdit);
    setTabOrder(m_serverEdit, m_connectButton);
    setTabOrder(m_connectButton, m_demoButton);
    setTabOrder(m_demoButton, m_lastDemoButton);

    connect(m_pathEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_useButton->setEnabled(!text.trimmed().isEmpty() && !m_watcher.isRunning());
    });
    connect(m_serverEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_connectButton->setEnabled(!text.trimmed().isEmpty() && !m_watcher.isRunning());
    });
    connect(m_useButton, &QPushButton::clicked, this, &InstallationSearchBox::useTypedFolder);
    connect(m_connectButton, &QPushButton::clicked, this, &InstallationSearchBox::connectServer);
    connect(m_browseButton, &QPushButton::clicked, this, &InstallationSearchBox::chooseFolder);
    connect(m_demoButton, &QPushButton::clicked, this, [this] { useDemo(false); });
    connect(m_lastDemoButton, &QPushButton::clicked, this, [this] { useDemo(true); });
    connect(&m_watcher, &QFutureWatcher<InstallationSearch>::finished, this, &InstallationSearchBox::finished);

    retranslateUi();
}

InstallationSearchBox::~InstallationSearchBox()
{
    m_watcher.waitForFinished(); // the search owns no widget, but must not outlive the box
}

QWidget *InstallationSearchBox::firstInTabOrder() const
{
    return m_pathEdit;
}

void InstallationSearchBox::refreshLastDemo()
{
    m_lastDemoButton->setVisible(!DemoSandbox::latest().isEmpty());
}

void InstallationSearchBox::retranslateUi()
{
    setTitle(Tr::tr("Another installation"));
    m_folderLabel->setText(Tr::tr("&Folder:"));
    m_pathEdit->setPlaceholderText(Tr::tr("C:\\Program Files (x86)\\Trend Micro\\Security Server or "
                                          "\\\\server\\share\\..."));
    m_pathEdit->setAccessibleName(Tr::tr("Folder of another installation"));
    m_pathEdit->setAccessibleDescription(Tr::tr("A local folder or a \\\\server\\share path; press "
                                                "Enter or Use to look for installations in it"));
    //: Button: look for installations in the folder typed next to it.
    m_useButton->setText(Tr::tr("&Use"));
    m_useButton->setAccessibleName(Tr::tr("Use the typed folder"));
    m_useButton->setAccessibleDescription(Tr::tr("Looks for Security Server installations in the folder "
                                                 "typed next to it."));
    m_browseButton->setText(Tr::tr("Ch&oose folder..."));
    m_browseButton->setAccessibleName(Tr::tr("Choose folder"));
    m_browseButton->setAccessibleDescription(Tr::tr("Opens a folder dialog to pick the installation's "
                                                    "folder, on this computer or on a share."));
    m_demoButton->setText(Tr::tr("Use the &demo server"));
    m_demoButton->setAccessibleName(Tr::tr("Use the demo server"));
    m_demoButton->setToolTip(Tr::tr("A copy of a broken server made for trying KB Wizard safely. "
                                    "Nothing on this computer is changed."));
    //: Label of the field for a remote server's name (SBS01 or \\SBS01).
    m_serverLabel->setText(Tr::tr("Ser&ver name:"));
    m_serverEdit->setPlaceholderText(Tr::tr("SBS01 or \\\\SBS01"));
    m_serverEdit->setAccessibleName(Tr::tr("Server name"));
    m_serverEdit->setAccessibleDescription(Tr::tr("The name of a remote server; press Enter or Connect to "
                                                  "look for installations on it through its C$ share"));
    //: Button: look for installations on the server named next to it.
    m_connectButton->setText(Tr::tr("&Connect"));
    m_connectButton->setAccessibleName(Tr::tr("Connect to the server"));
    m_connectButton->setToolTip(Tr::tr("Reading the server's folders needs administrator rights on it "
                                       "(the C$ share)."));
    m_lastDemoButton->setText(Tr::tr("Continue the &last demo"));
    m_lastDemoButton->setAccessibleName(Tr::tr("Continue the last demo"));
    m_lastDemoButton->setToolTip(Tr::tr("Open the demo server copy used last time, with its changes "
                                        "and backups."));
}

void InstallationSearchBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

bool InstallationSearchBox::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the folder field means "Use", in the server field "Connect", never the
    // wizard's Next.
    if ((watched == m_pathEdit || watched == m_serverEdit) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (watched == m_pathEdit && m_useButton->isEnabled())
                useTypedFolder();
            else if (watched == m_serverEdit && m_connectButton->isEnabled())
                connectServer();
            return true;
        }
    }
    return QGroupBox::eventFilter(watched, event);
}

void InstallationSearchBox::startSearch(const QString &busyText, std::function<InstallationSearch()> work)
{
    if (m_watcher.isRunning())
        return;
    for (QPushButton *b : {m_useButton, m_browseButton, m_demoButton, m_lastDemoButton, m_connectButton})
        b->setEnabled(false);
    m_watcher.setFuture(QtConcurrent::run(std::move(work)));
    Q_EMIT searchStarted(busyText);
}

void InstallationSearchBox::finished()
{
    for (QPushButton *b : {m_browseButton, m_demoButton, m_lastDemoButton})
        b->setEnabled(true);
    m_useButton->setEnabled(!m_pathEdit->text().trimmed().isEmpty());
    m_connectButton->setEnabled(!m_serverEdit->text().trimmed().isEmpty());
    refreshLastDemo();
    Q_EMIT searchDone(m_watcher.result());
}

void InstallationSearchBox::useTypedFolder()
{
    const QString path = m_pathEdit->text().trimmed();
    if (path.isEmpty())
        return;
    startSearch(Tr::tr("Looking for installations in %1...").arg(path),
                [path] { return InstallationSearch::inFolder(path); });
}

void InstallationSearchBox::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(
        this, Tr::tr("Choose the folder of the installation"), m_pathEdit->text().trimmed());
    if (dir.isEmpty())
        return;
    m_pathEdit->setText(QDir::toNativeSeparators(dir));
    useTypedFolder();
}

void InstallationSearchBox::useDemo(bool latest)
{
    const QString busy = latest ? Tr::tr("Opening the last demo server...")
                                : Tr::tr("Copying the demo server...");
    startSearch(busy, [latest] { return InstallationSearch::inDemo(latest); });
}

void InstallationSearchBox::connectServer()
{
    const QString typed = m_serverEdit->text().trimmed();
    if (typed.isEmpty())
        return;
    const HostKind requested = m_requestedHostKind ? m_requestedHostKind() : HostKind::Auto;
    startSearch(Tr::tr("Looking for installations on %1...").arg(typed),
                [typed, requested] { return InstallationSearch::onServer(typed, requested); });
}

} // namespace kb
