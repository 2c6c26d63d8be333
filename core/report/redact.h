#pragma once

#include "checkresult.h"

#include <QString>
#include <QStringList>

namespace kb {

// Secrets never leave the engine in clear: reports, logs and the UI show kRedacted instead.
//
// The one redaction of the program (security review M3): every text that leaves the process —
// CLI output, the GUI's evidence table, previews, messages and clipboard, the JSON/text/HTML/PDF
// reports, the support bundle, the log categories — passes through redactText() (evidence rows
// through redactEvidence(), which uses it). Over-masking is accepted; a secret shown is not.
inline const QString kRedacted = QStringLiteral("••••");

// A key whose value is a secret. Any key containing password, passwd, pass, pwd, secret,
// credential, token, apikey/api_key or aspxauth (any case, any position: "Proxy_Pwd",
// "Internet_Proxy_Pwd", "access_token"); and the short names pw, sid, key, auth, session,
// sessionid, sessid (also ASP.NET_SessionId, JSESSIONID, PHPSESSID) as a whole key only, so that
// "Session_Timeout" or "Monkey" stay readable.
bool isSecretKey(const QString &key);
// An encrypted blob written by the product (!CRYPT!..., !CRYPTEX!..., !CRYPTNG!..., CRYPTCSTEX...,
// IIS [enc:...:enc]), any case: never shown, never rewritten.
bool isEncryptedValue(const QString &value);
// The value as it may be shown for `key` (kRedacted for a secret key or a blob; otherwise the
// value through redactText, since a non-secret key can hold a URL with a password).
QString redactValue(const QString &key, const QString &value);
// Free text (messages, tool output, log lines, INI lines, previews), line by line:
//  - any of `knownSecrets` (also HTML- and JSON-escaped and percent-encoded);
//  - URL user info: scheme://user:pass@host -> scheme://••••@host;
//  - Authorization:, Proxy-Authorization:, Cookie:, Set-Cookie: headers: to the end of the line;
//  - <password>…</password>-like elements (the tag names a secret key);
//  - key=value, key: value, "key": "value", key="value" where the key names a secret
//    (isSecretKey): a quoted value to its closing quote (or the end of the line when cut off);
//    after ? or & (a query string) to the next &, # or blank; otherwise to the end of the line
//    (INI lines: values with blanks, ';' or ',');
//  - encrypted blobs (isEncryptedValue), any case.
QString redactText(const QString &text, const QStringList &knownSecrets = {});
// An evidence row with every field fit to show: item, file, section, key, expected and note
// through redactText; `found` is kRedacted when the row is secret, the key names a secret or
// the value is a blob, else redactText(found).
EvidenceRow redactEvidence(const EvidenceRow &row, const QStringList &knownSecrets = {});
// Installs a Qt message handler that passes every message (qDebug, the kbwizard.* logging
// categories, Qt's own warnings) through redactText before the previous handler prints it.
// Called once by main(); idempotent.
void installRedactingMessageHandler();

} // namespace kb
