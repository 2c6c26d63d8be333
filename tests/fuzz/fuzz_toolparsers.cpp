// sc / icacls / appcmd / reg output parsers: never crash on any text; an ACL entry that parses
// formats back to a string that parses to the same entry.
#include "host/appcmdparser.h"
#include "host/icaclsparser.h"
#include "host/regparser.h"
#include "host/scparser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), int(size));
    kb::parseScFailure(text);
    kb::parseScQuery(text);
    kb::parseScQc(text);
    kb::parseIcaclsListing(text, QStringLiteral("C:\\x"), 0);
    kb::parseIcaclsSummary(text);
    kb::parseAppcmdAnonymousAuth(text, 0);
    kb::parseAppcmdSetResult(text, 0);
    kb::parseRegQuery(text, QString(), 0, QStringLiteral("Local_Path"));
    // A stored password never survives parsing: the section keeps only the mask.
    const kb::IisAnonymousIdentity id = kb::parseAppcmdAnonymousAuth(text, 0);
    if (id.rawSection.contains(QLatin1String("password=\"")) && !id.rawSection.contains(QStringLiteral("••••"))
        && !id.rawSection.contains(QLatin1String("password=\"\"")))
        abort();

    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    kb::AclEntry entry;
    if (kb::parseAclEntry(firstLine, &entry)) {
        kb::AclEntry again;
        if (!kb::parseAclEntry(kb::formatAclEntry(entry), &again))
            abort();
        if (again.principal != entry.principal || again.deny != entry.deny
            || again.inherited != entry.inherited || again.rights != entry.rights)
            abort();
    }
    return 0;
}
