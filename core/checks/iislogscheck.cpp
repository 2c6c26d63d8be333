#include "checks/iislogscheck.h"

#include <QCoreApplication>
#include <QLocale>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::IisLogsCheck)
};

} // namespace

IisLogSearch IisLogsCheck::search(const CheckContext &ctx) const
{
    NullHost none;
    Host &host = ctx.host ? *ctx.host : static_cast<Host &>(none);
    const ConsoleSite site = findConsoleSite(host, m_rule.sites);
    const QString siteName = site.error ? m_rule.sites.value(0).path.section(QLatin1Char('/'), 0, 0)
                                        : site.siteName();
    return findIisLogs(host, siteName, m_rule.locations, m_rule.patterns, m_rule.patternsMark);
}

CheckResult IisLogsCheck::run(const CheckContext &ctx) const
{
    const IisLogSearch found = search(ctx);
    CheckResult result;
    result.status = Status::Manual;
    result.evidence = found.evidence;
    const QLocale locale;
    for (int i = 0; i < found.files.size(); ++i) {
        const IisLogFile &f = found.files.at(i);
        EvidenceRow row;
        row.file = f.displayPath;
        row.found = Tr::tr("%1, changed %2").arg(locale.formattedDataSize(f.size),
                                             locale.toString(f.modified, QLocale::ShortFormat));
        row.note = i < m_rule.newest ? Tr::tr("newest: goes into the support bundle") : QString();
        result.evidence.append(row);
    }
    if (found.files.isEmpty())
        result.message = Tr::tr("No IIS log of the site %1 was found. Create the support bundle for "
                            "the report, and run the Case Diagnostic Tool.").arg(found.siteName);
    else
        result.message = Tr::tr("%n IIS log file(s) of the site %1 found. The support bundle takes the "
                            "newest with passwords masked; also run the Case Diagnostic Tool.", nullptr,
                            int(found.files.size()))
                             .arg(found.siteName);
    return result;
}

} // namespace kb
