#pragma once

#include <QString>
#include <QStringList>

namespace kb {

// Secrets never leave the engine in clear: reports, logs and the UI show kRedacted instead.
inline const QString kRedacted = QStringLiteral("••••");

// A key whose value is a secret: password, passwd, pwd, secret, credential (any case, any
// position: "Proxy_Pwd", "Internet_Proxy_Pwd", "password").
bool isSecretKey(const QString &key);
// An encrypted blob written by the product (!CRYPT!..., !CRYPTEX!..., !CRYPTNG!..., CRYPTCSTEX...,
// IIS [enc:...:enc]): never shown, never rewritten.
bool isEncryptedValue(const QString &value);
// The value as it may be shown for `key`.
QString redactValue(const QString &key, const QString &value);
// Free text (messages, tool output, log lines): `password=...`-like pairs, encrypted blobs and
// any of `knownSecrets` are replaced by kRedacted.
QString redactText(const QString &text, const QStringList &knownSecrets = {});

} // namespace kb
