#pragma once

#include "kberror.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace kb {

// An ActiveUpdate server.ini: `[Server]` with `Server.1=<base URL>` (and more mirrors), and
// component lines `P.<id>=<relative path>,<version>,<size>[,...]` in sections such as
// [PATTERN]; merge entries look like `P.<id>.Merge.<n>=...` and are not components.
struct ActiveUpdateIni
{
    struct Component
    {
        QString id;        // "P.48040033"
        QString path;      // "pattern/lwcs/fup_23517.zip"
        QString version;
        qint64 size = -1;  // -1 when not given
        QString hash;      // lower-case hex digest when the line has a 4th field of 32/40/64 hex
                           // digits (MD5/SHA-1/SHA-256) [inferred]; empty when not given
        QString section;
        int line = 0;
    };
    QList<QUrl> servers;            // Server.1, Server.2, ... in order
    QList<Component> components;    // merge entries excluded
    int mergeEntries = 0;

    const Component *component(const QString &id) const;
    // servers.first() + "/" + component path (no double slash).
    QUrl downloadUrl(const Component &c) const;

    // Errors name the file and line (bytes that are not an INI, a component line whose size
    // is not a number, ...).
    static ActiveUpdateIni parse(const QByteArray &bytes, const QString &fileName, KbError *error);
};

} // namespace kb
