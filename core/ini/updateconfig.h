#pragma once

#include "check.h"
#include "ini/inidocument.h"
#include "net/netprobe.h"
#include "ini/updateconfiglayout.h"

#include <QUrl>

namespace kb {

// What the server's files say about its update source, proxy and download timeout, read
// through an UpdateConfigLayout, with the evidence rows a technician can paste into a ticket.
struct UpdateConfig
{
    struct SourceLine
    {
        IniLocation location;        // where it was looked for (empty key: found by scanning)
        IniDocument::Entry entry;    // as found (own spelling, line); entry.line 0 = absent
        bool known = false;          // at a layout location (false: a scanned candidate)
    };
    QList<SourceLine> sources;       // known lines (found or absent), then candidates
    QString primarySource;           // the first known line's value ("" when none)
    QString sourceTypeValue;         // "" when absent
    QList<EvidenceRow> sourceEvidence;

    bool proxyReadable = false;      // the proxy settings file was read
    bool proxyEnabled = false;
    ProxySettings proxy;             // password never read from the file
    bool proxyPasswordStored = false;// the file holds a password (encrypted by the product)
    QList<EvidenceRow> proxyEvidence;

    int timeoutSeconds = 0;          // the configured download timeout
    bool timeoutConfigured = false;
    EvidenceRow timeoutEvidence;

    QList<KbError> errors;           // files that could not be read

    // Reads the files (only those the layout names), never writes. `credentials`, when given,
    // supplies the in-memory test password for the configured proxy.
    static UpdateConfig read(const CheckContext &ctx, const UpdateConfigLayout &layout,
                             const ProxyTestCredentials *credentials = nullptr);

    // The layout's ActiveUpdate URL for a version ("10.0", "10.0 SP1" -> the "10.0" row);
    // empty when the version is not in the table.
    static QString activeUpdateSourceFor(const UpdateConfigLayout &layout, const QString &version);
    // The version whose ActiveUpdate URL this is (same host), or "" (a custom source).
    static QString versionOfSource(const UpdateConfigLayout &layout, const QString &url);
    // "<source>/server.ini"
    static QUrl serverIniUrl(const UpdateConfigLayout &layout, const QString &source);
    // Normalised for comparison: scheme and host lower-case, no trailing slash.
    static QString normalized(const QString &url);
};

} // namespace kb
