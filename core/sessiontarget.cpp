// Session: choosing where to repair (installation, host backend, the demo's simulated network,
// rights). The Target and Symptom pages, the wizard shell and the CLI all choose through here.
#include "session.h"

#include "articles/articles.h"
#include "demosandbox.h"
#include "host/hostfactory.h"
#include "logging.h"
#include "net/demonetwork.h"
#include "net/nameresolver.h"

#include <QtConcurrent/QtConcurrentRun>
#include <QCoreApplication>

namespace kb {

namespace {

// Inside a demo sandbox the simulated network is on, so no name resolves but the demo's own and
// nothing reaches the internet; a real server again switches it off. Process-wide, like name
// resolution itself.
void useDemoNetworkFor(const QString &sandbox)
{
    static bool s_blocked = false; // this function switched name resolution off
    if (sandbox.isEmpty()) {
        if (DemoNetwork::isActive())
            DemoNetwork::deactivate();
        else if (s_blocked)
            NameResolver::clearOverride();
        s_blocked = false;
        return;
    }
    if (KbError e = DemoNetwork::activate(sandbox)) {
        qCWarning(lcNet) << e.toString();
        NameResolver::setOverride({}); // no simulated network: then no name resolves at all
        s_blocked = true;
    }
}

} // namespace

HostKind Session::hostKindFor(const Target &target) const
{
    if (m_requestedHostKind == HostKind::Auto && !target.serverName.isEmpty())
        return HostKind::Windows;
    return m_requestedHostKind;
}

KbError Session::useInstallation(const Target &target, const QList<Target> &found)
{
    KbError error;
    std::unique_ptr<Host> host = makeHost(hostKindFor(target), target, &error);
    if (error)
        return error;
    if (!host)
        return KbError::make(QStringLiteral("host.none"),
                             QCoreApplication::translate("kb::Host", "No host backend for %1.")
                                 .arg(target.pccsrv));
    const QString sandbox = DemoSandbox::sandboxRootOf(target.pccsrv);
    QList<Target> related;
    for (const Target &t : found)
        if (DemoSandbox::sandboxRootOf(t.pccsrv) == sandbox)
            related.append(t);
    if (related.isEmpty())
        related.append(target);
    const bool sameHost = target.pccsrv == m_target.pccsrv && host->kind() == m_host->kind();
    m_installations = related;
    m_target = target;
    if (!sameHost)
        setHost(std::move(host));
    m_demoSandbox = sandbox;
    useDemoNetworkFor(sandbox);
    return KbError();
}

KbError Session::chooseArticle(const QString &articleId)
{
    const Article *a = findArticle(m_articles, articleId);
    if (!a)
        return KbError::make(QStringLiteral("usage.article"),
                             QCoreApplication::translate("kb::Session", "Unknown article \"%1\".")
                                 .arg(articleId));
    const Target target = targetFor(*a);
    if (target.isValid() && target.pccsrv != m_target.pccsrv) {
        // Another installation of the same place, reached through the same backend.
        KbError error;
        std::unique_ptr<Host> host = makeHost(m_host->kind(), target, &error);
        if (error)
            return error;
        m_target = target;
        setHost(std::move(host));
    }
    m_articleId = a->id;
    return KbError();
}

void Session::probeElevation(const Target &target)
{
    const HostKind kind = hostKindFor(target);
    // For the current installation the session's own host answers; for another (a selection on
    // the Target page not yet chosen) a host is made for the probe alone. hostOwner keeps it alive
    // should the Session replace its host meanwhile.
    CheckContext current = context();
    auto *watcher = new QFutureWatcher<ElevationNotice>(this);
    connect(watcher, &QFutureWatcher<ElevationNotice>::finished, this, [this, watcher] {
        Q_EMIT elevationKnown(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run([target, kind, current] {
        CheckContext ctx = current;
        if (target.pccsrv != current.target.pccsrv || !current.host || current.host->kind() != kind) {
            KbError error;
            ctx = CheckContext();
            ctx.target = target;
            ctx.hostOwner = makeHost(kind, target, &error);
            ctx.host = ctx.hostOwner.get();
        }
        if (!ctx.host) {
            ElevationNotice none;
            none.pccsrv = target.pccsrv;
            return none;
        }
        return elevationNotice(ctx);
    }));
}

} // namespace kb
