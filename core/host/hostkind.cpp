#include "host/hostkind.h"

namespace kb {

QString hostKindId(HostKind kind)
{
    switch (kind) {
    case HostKind::Auto: return QString();
    case HostKind::Windows: return QStringLiteral("windows");
    case HostKind::Demo: return QStringLiteral("demo");
    case HostKind::None: return QStringLiteral("none");
    }
    return QString();
}

bool parseHostKind(const QString &id, HostKind *kind)
{
    for (HostKind k : {HostKind::Auto, HostKind::Windows, HostKind::Demo, HostKind::None}) {
        if (id == hostKindId(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

} // namespace kb
