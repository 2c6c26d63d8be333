#include "ini/ansicodepage.h"

#include "fixes/fix.h"

#include <QCoreApplication>
#include <QList>
#include <QStringDecoder>

#include <atomic>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace kb::AnsiCodePage {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::AnsiCodePage)
};

std::atomic<int> s_assumed{0};

#ifndef Q_OS_WIN // Windows asks MultiByteToWideChar instead
bool inRange(uchar b, uchar lo, uchar hi)
{
    return b >= lo && b <= hi;
}

// Lead/trail byte ranges of the double-byte code pages (used where Windows cannot be asked).
bool validDbcs(const QByteArray &line, int cp)
{
    const auto *p = reinterpret_cast<const uchar *>(line.constData());
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const uchar b = p[i];
        if (b < 0x80)
            continue;
        bool lead = false;
        switch (cp) {
        case 932:
            if (inRange(b, 0xA1, 0xDF)) // half-width katakana
                continue;
            lead = inRange(b, 0x81, 0x9F) || inRange(b, 0xE0, 0xFC);
            break;
        case 936:
            if (b == 0x80) // the euro sign
                continue;
            lead = inRange(b, 0x81, 0xFE);
            break;
        default: // 949, 950
            lead = inRange(b, 0x81, 0xFE);
            break;
        }
        if (!lead || i + 1 >= n)
            return false;
        const uchar t = p[++i];
        bool trail = false;
        switch (cp) {
        case 932: trail = inRange(t, 0x40, 0x7E) || inRange(t, 0x80, 0xFC); break;
        case 936: trail = inRange(t, 0x40, 0x7E) || inRange(t, 0x80, 0xFE); break;
        case 949: trail = inRange(t, 0x41, 0x5A) || inRange(t, 0x61, 0x7A) || inRange(t, 0x81, 0xFE); break;
        default: trail = inRange(t, 0x40, 0x7E) || inRange(t, 0xA1, 0xFE); break; // 950
        }
        if (!trail)
            return false;
    }
    return true;
}

#endif

bool isUtf8OrUnicode(const QByteArray &bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF") || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return true;
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes); // decoding happens on the conversion to QString
    return !text.isNull() && !utf8.hasError();
}

QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    for (QByteArray &l : lines)
        if (l.endsWith('\r'))
            l.chop(1);
    return lines;
}

bool hasHighByte(const QByteArray &line)
{
    for (const char c : line)
        if (uchar(c) >= 0x80)
            return true;
    return false;
}

} // namespace

int system()
{
    if (const int a = s_assumed.load())
        return a;
#ifdef Q_OS_WIN
    return int(GetACP());
#else
    return 1252;
#endif
}

void setAssumed(int codePage)
{
    s_assumed.store(codePage);
}

bool isValidLine(const QByteArray &line, int codePage)
{
#ifdef Q_OS_WIN
    if (line.isEmpty())
        return true;
    return MultiByteToWideChar(UINT(codePage), MB_ERR_INVALID_CHARS, line.constData(), int(line.size()),
                               nullptr, 0) > 0;
#else
    switch (codePage) {
    case 1252:
        for (const char c : line) {
            const uchar b = uchar(c);
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
                return false;
        }
        return true;
    case 932:
    case 936:
    case 949:
    case 950:
        return validDbcs(line, codePage);
    default:
        return true; // other single-byte code pages: every byte is a character
    }
#endif
}

KbError editProblem(const FileEdit &edit)
{
    if (!edit.path.endsWith(QLatin1String(".ini"), Qt::CaseInsensitive) || edit.deletesFile)
        return KbError();
    if (edit.before.isEmpty() || isUtf8OrUnicode(edit.before))
        return KbError();
    const int cp = system();
    const QList<QByteArray> before = linesOf(edit.before);
    for (int i = 0; i < before.size(); ++i) {
        if (!isValidLine(before.at(i), cp))
            return KbError::make(QStringLiteral("ini.ansiCodePage"),
                                 Tr::tr("The file is not UTF-8 and this line holds bytes that are not text in "
                                        "the server's ANSI code page %1, so the wizard does not edit it (it is "
                                        "only shown). Check the file's encoding, or change it by hand.")
                                         .arg(cp),
                                 edit.displayPath.isEmpty() ? edit.path : edit.displayPath, i + 1);
    }
    if (cp == 1252)
        return KbError();
    const QList<QByteArray> after = linesOf(edit.after);
    for (int i = 0; i < after.size(); ++i) {
        if (before.contains(after.at(i)) || !hasHighByte(after.at(i)))
            continue;
        return KbError::make(QStringLiteral("ini.ansiCodePage"),
                             Tr::tr("The file is not UTF-8 (the server's ANSI code page is %1) and the change "
                                    "would write characters the wizard can only encode as Windows-1252 into "
                                    "this line, so the wizard does not edit it. Change it by hand.")
                                     .arg(cp),
                             edit.displayPath.isEmpty() ? edit.path : edit.displayPath, i + 1);
    }
    return KbError();
}

} // namespace kb::AnsiCodePage
