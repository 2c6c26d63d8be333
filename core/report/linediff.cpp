#include "report/linediff.h"

#include <QStringDecoder>
#include <QVector>

namespace kb {

QStringList linesForDisplay(const QByteArray &bytes)
{
    QString text;
    if (bytes.startsWith("\xFF\xFE")) {
        text = QString::fromUtf16(reinterpret_cast<const char16_t *>(bytes.constData() + 2),
                                  (bytes.size() - 2) / 2);
    } else {
        QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = utf8.decode(body);
        if (utf8.hasError())
            text = QString::fromLatin1(body);
    }
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines = text.split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

namespace {

struct Op
{
    char kind; // ' ', '-', '+'
    int a;     // index in before (for ' ' and '-')
    int b;     // index in after (for ' ' and '+')
};

// Edit script by LCS over the differing middle; the common prefix and suffix are cut first, so
// the usual fix (a few changed lines) costs almost nothing even for large files.
QVector<Op> editScript(const QStringList &a, const QStringList &b)
{
    const int n = a.size(), m = b.size();
    int pre = 0;
    while (pre < n && pre < m && a.at(pre) == b.at(pre))
        ++pre;
    int suf = 0;
    while (suf < n - pre && suf < m - pre && a.at(n - 1 - suf) == b.at(m - 1 - suf))
        ++suf;

    QVector<Op> ops;
    for (int i = 0; i < pre; ++i)
        ops.append({' ', i, i});

    const int an = n - pre - suf, bm = m - pre - suf;
    if (qint64(an) * bm > 4'000'000) {
        // Too large to align line by line: show the middle as replaced.
        for (int i = 0; i < an; ++i)
            ops.append({'-', pre + i, -1});
        for (int j = 0; j < bm; ++j)
            ops.append({'+', -1, pre + j});
    } else {
        QVector<int> lcs((an + 1) * (bm + 1), 0);
        auto at = [&](int i, int j) -> int & { return lcs[i * (bm + 1) + j]; };
        for (int i = an - 1; i >= 0; --i)
            for (int j = bm - 1; j >= 0; --j)
                at(i, j) = a.at(pre + i) == b.at(pre + j) ? at(i + 1, j + 1) + 1
                                                          : qMax(at(i + 1, j), at(i, j + 1));
        int i = 0, j = 0;
        while (i < an || j < bm) {
            if (i < an && j < bm && a.at(pre + i) == b.at(pre + j)) {
                ops.append({' ', pre + i, pre + j});
                ++i;
                ++j;
            } else if (i < an && (j == bm || at(i + 1, j) >= at(i, j + 1))) {
                ops.append({'-', pre + i, -1}); // deletions first, as diff prints them
                ++i;
            } else {
                ops.append({'+', -1, pre + j});
                ++j;
            }
        }
    }
    for (int k = 0; k < suf; ++k)
        ops.append({' ', n - suf + k, m - suf + k});
    return ops;
}

} // namespace

QString unifiedDiff(const QStringList &before, const QStringList &after, const QString &label,
                    int context)
{
    const QVector<Op> ops = editScript(before, after);
    QString out;
    int k = 0;
    const int total = ops.size();
    while (k < total) {
        while (k < total && ops.at(k).kind == ' ')
            ++k;
        if (k == total)
            break;
        // A hunk: from `context` lines before the change to `context` lines after the last
        // change that is not separated from the next by more than 2*context unchanged lines.
        int start = qMax(0, k - context);
        int end = k;
        while (end < total) {
            if (ops.at(end).kind != ' ') {
                ++end;
                continue;
            }
            int run = end;
            while (run < total && ops.at(run).kind == ' ')
                ++run;
            if (run == total || run - end > 2 * context) {
                end = qMin(total, end + context);
                break;
            }
            end = run;
        }
        int aStart = -1, bStart = -1, aLen = 0, bLen = 0;
        QString body;
        for (int i = start; i < end; ++i) {
            const Op &op = ops.at(i);
            if (op.kind != '+') {
                if (aStart < 0)
                    aStart = op.a;
                ++aLen;
            }
            if (op.kind != '-') {
                if (bStart < 0)
                    bStart = op.b;
                ++bLen;
            }
            const QString &text = op.kind == '+' ? after.at(op.b) : before.at(op.a);
            body += QLatin1Char(op.kind) + text + QLatin1Char('\n');
        }
        if (out.isEmpty())
            out = QStringLiteral("--- a/%1\n+++ b/%1\n").arg(label);
        // With context lines a side is empty only for an empty file: "-0,0" as diff prints it.
        auto startOf = [](int s, int len) { return len == 0 ? 0 : s + 1; };
        out += QStringLiteral("@@ -%1,%2 +%3,%4 @@\n")
                   .arg(startOf(aStart, aLen))
                   .arg(aLen)
                   .arg(startOf(bStart, bLen))
                   .arg(bLen);
        out += body;
        k = end;
    }
    return out;
}

QString unifiedDiff(const QByteArray &before, const QByteArray &after, const QString &label)
{
    return unifiedDiff(linesForDisplay(before), linesForDisplay(after), label);
}

} // namespace kb
