#pragma once

#include "fixes/elevationcheckedfix.h"
#include "installationsearch.h"
#include "target.h"

#include <QList>
#include <QWizardPage>

class QFormLayout;
class QGroupBox;
class QLabel;
class QTreeWidget;

namespace kb {

class InstallationSearchBox;
class MessageBanner;

class Session;

// Page 1: which server installation to repair. Lists what was found (registry, a folder, a
// remote server by name, the demo), lets the user add a folder, a server or the demo server,
// and shows where backups will go and whether the wizard has administrator rights there.
// The searches are InstallationSearchBox's; the rights check runs off the UI thread (Session).
class TargetPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit TargetPage(Session *session, QWidget *parent = nullptr);
    ~TargetPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    // Always the Symptom page, also while the wizard has not built its later pages yet (it
    // builds them after the first paint), so the first paint shows Next, not Finish.
    int nextId() const override;

    // While the wizard's start is still to come (main() copies the demo or searches --root
    // after the first paint): says what is about to happen. `demo` and `root` as in
    // KbWizard::startFrom; both empty: nothing to say (the registry is read at once).
    // showStartPending(false, QString()) after the start hides the notice again.
    void showStartPending(bool demo, const QString &root);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void rebuildList();
    void addTargets(const QList<Target> &targets);
    int selectedIndex() const;
    void updateDetails();
    void showError(const QString &text);
    void searchStarted(const QString &busyText);
    void searchFinished(const InstallationSearch &result);
    void startElevationCheck();
    void elevationChecked(const ElevationNotice &notice);

    Session *m_session;
    QList<Target> m_targets;
    int m_preferred = -1; // index to select after a rebuild
    QString m_startPending; // showStartPending()'s text, until the start is done

    QLabel *m_listLabel;
    QTreeWidget *m_list;
    QGroupBox *m_selectedBox;
    QFormLayout *m_selectedForm;
    QLabel *m_details; // shown when nothing is selected
    QList<QLabel *> m_rowLabels;
    QLabel *m_productValue;
    QLabel *m_versionValue;
    QLabel *m_evidenceValue;
    QLabel *m_folderValue;
    QLabel *m_backupLabel;
    InstallationSearchBox *m_otherBox; // folder, server, demo: the searches
    MessageBanner *m_elevationBanner;
    QLabel *m_busyLabel;
    MessageBanner *m_errorPanel;
};

} // namespace kb
