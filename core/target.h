#pragma once

#include <QString>

namespace kb {

class Host;

enum class Product { Unknown, Wfbs, Osce };
QString productId(Product p);    // "wfbs", "osce", "unknown"
QString productName(Product p);  // "Worry-Free Business Security", "OfficeScan"
Product productFromId(const QString &id);

// The server installation the wizard works on.
struct Target
{
    QString pccsrv;      // absolute path of the PCCSRV folder (local path or \\server\share\...)
    QString installDir;  // its parent ("...\Security Server" or "...\OfficeScan")
    Product product = Product::Unknown;
    QString version;     // "10.0", "11.0", ... as found (or as overridden by the user)
    QString build;       // build number when found
    QString serverName;  // the server's host name ("" = this machine)
    QString source;      // how it was found: "registry", "folder", "demo"
    QString versionEvidence; // e.g. "Private\\ofcserver.ini [INI_SERVER_SECTION] Server_Version=10.0"

    bool isValid() const { return !pccsrv.isEmpty(); }
    // Absolute path of a file given relative to PCCSRV with either separator ("Admin\\aucfg.ini").
    QString path(const QString &relative) const;
    // Relative display form with Windows separators: "Admin\\aucfg.ini".
    static QString displayPath(const QString &relative);
};

} // namespace kb
