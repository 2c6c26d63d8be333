// ActiveUpdate server.ini parser: never crashes; every component it returns has an id, a path
// and a download URL under the first server.
#include "ini/activeupdateini.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), int(size));
    kb::KbError error;
    const kb::ActiveUpdateIni ini = kb::ActiveUpdateIni::parse(bytes, QStringLiteral("server.ini"), &error);
    if (error)
        return 0;
    for (const kb::ActiveUpdateIni::Component &c : ini.components) {
        if (c.id.isEmpty() || c.id.contains(QLatin1String(".Merge."), Qt::CaseInsensitive))
            abort();
        if (!ini.servers.isEmpty())
            ini.downloadUrl(c);
    }
    return 0;
}
