#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace kb {

// Decodes file bytes for display: UTF-16LE with BOM, UTF-8 (with or without BOM), else the
// bytes as Latin-1 (ANSI). Line endings are split off.
QStringList linesForDisplay(const QByteArray &bytes);

// A unified diff (3 lines of context) between two versions of a file, with `---`/`+++` headers
// naming `label`. Empty when the texts are equal.
QString unifiedDiff(const QStringList &before, const QStringList &after, const QString &label,
                    int context = 3);
QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &label);

} // namespace kb
