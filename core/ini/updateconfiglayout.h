#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace kb {

class ProxyTestCredentials;

// Where a setting is believed to live. The article's facts table fills these in (that is the
// only place the [inferred] names are written down); checks show `note` with every row.
struct IniLocation
{
    QString file;     // relative to PCCSRV ("Private/ofcserver.ini")
    QString section;  // "" = any section
    QString key;
    QString note;     // e.g. "key name [inferred]"

    bool isSet() const { return !file.isEmpty() && !key.isEmpty(); }
};

// The server's own proxy settings for updates (the console's Proxy page).
struct ProxyLayout
{
    QString file;
    QString section;
    QString enableKey, typeKey, addressKey, portKey, userKey, passwordKey;
    QStringList httpTypes;    // values of typeKey meaning HTTP ("HTTP", "0", ...)
    QStringList socks4Types;
    QStringList socks5Types;
    QString typeHttp, typeSocks4, typeSocks5; // what a fix writes for each type
    QString enabledValue = QStringLiteral("1"), disabledValue = QStringLiteral("0");
    QString note;             // shown with every row
    QString passwordNote;     // shown with the password row
};

// Everything the update-source steps need to find in the server's files.
struct UpdateConfigLayout
{
    QList<IniLocation> sourceLocations; // the update source as each file stores it; first = primary
    IniLocation sourceType;             // shown as evidence only, never written
    QString sourceTypeMeaning;          // e.g. "0 = Trend Micro ActiveUpdate, 1 = other source [inferred]"
    QString candidateMarker;            // values containing this are candidates ("activeupdate")
    QStringList scannedFiles;           // files scanned for candidates
    QString serverIniName;              // "server.ini": probed below the source URL
    // Detected version ("10.0") -> its ActiveUpdate source URL.
    QList<QPair<QString, QString>> activeUpdateSources;
    QString activeUpdateNote;           // e.g. "host names [inferred] from osce<ver>-p"
    QHash<QString, QString> activeUpdateVersionNotes; // version -> extra note ("not in the article")
    IniLocation downloadTimeout;        // aucfg.ini timeout=, in `timeoutUnitMs` units
    int timeoutUnitMs = 1000;
    int defaultTimeoutSeconds = 60;     // when the key is absent
    QString timeoutNote;
    ProxyLayout proxy;
};

} // namespace kb
