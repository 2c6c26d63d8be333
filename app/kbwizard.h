#pragma once

#include "session.h"

#include <QSet>
#include <QString>
#include <QWizard>

#include <optional>

class QTimer;

class QPushButton;

namespace kb {

class TargetPage;

// The wizard shell: owns the Session the five pages share and wires the pages by id. It holds
// no repair logic; the pages read and write the Session, the engine does the work.
class KbWizard : public QWizard
{
    Q_OBJECT
public:
    explicit KbWizard(QWidget *parent = nullptr);
    ~KbWizard() override;

    Session &session() { return m_session; }
    const Session &session() const { return m_session; }

    // Finds the installations to offer, as main() asks for them:
    //  - demo: a fresh demo sandbox in `demoDir` ("" = the default location);
    //  - root: the installations at or below that folder;
    //  - otherwise the registry on Windows, and nothing elsewhere (the first page offers the
    //    demo server then).
    // `hostKind` ("", "windows", "demo", "none") is kept for every target chosen later.
    // Returns false, after telling the user why, when the demo or the folder cannot be used.
    bool startFrom(bool demo, const QString &demoDir, const QString &root, const QString &hostKind);

    // main()'s start: the same as startFrom(), but the demo copy and the folder or registry
    // search run right after the window's first paint, so the first page appears without
    // waiting for them (it says what is coming meanwhile). Returns false, after telling the
    // user, only for what is known at once (an unknown `hostKind`); a later failure is told
    // the same way and emits startFailed().
    bool startAfterFirstPaint(bool demo, const QString &demoDir, const QString &root,
                              const QString &hostKind);

Q_SIGNALS:
    void startFailed();

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void done(int result) override;
    bool validateCurrentPage() override;

private:
    // Pages 2-5 are built after the first paint (or when Next is pressed, whichever is first):
    // the first page needs none of them.
    void ensurePages();
    void afterFirstPaint();

    void retranslateUi();
    void showHelp();
    void reportStartError(const QString &text);
    // Screenshot and autopilot hook, see kbwizard.cpp.
    void setUpScreenshotHook();
    void screenshotTick();
    QString shotKey() const;

    // The Language button (left of the navigation buttons): switches the whole UI at once,
    // without a restart; every page retranslates on QEvent::LanguageChange.
    void setUpLanguageButton();
    void setLanguage(const QString &code);

    struct PendingStart
    {
        bool demo = false;
        QString demoDir, root, hostKind;
    };

    Session m_session;
    TargetPage *m_targetPage = nullptr;
    bool m_pagesBuilt = false;
    bool m_painted = false;
    std::optional<PendingStart> m_pendingStart;
    QPushButton *m_languageButton = nullptr;
    QString m_shotDir;
    bool m_autopilot = false;
    QTimer *m_shotTimer = nullptr;
    QString m_pendingShot;
    QSet<QString> m_shotsTaken;
    int m_shotCount = 0;
};

} // namespace kb
