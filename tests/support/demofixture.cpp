#include "demofixture.h"

#include "demosandbox.h"
#include "installation.h"

#include <QDir>
#include <QFile>

namespace kb::test {

bool DemoFixture::create()
{
    KbError e;
    sandbox = DemoSandbox::create(tmp.filePath(QStringLiteral("demo")), &e);
    if (e) {
        qWarning("%s", qPrintable(e.toString()));
        return false;
    }
    const QList<Target> targets = Installation::findUnder(sandbox, &e);
    for (const Target &t : targets) {
        if (t.product == Product::Wfbs)
            wfbs = t;
        if (t.product == Product::Osce)
            osce = t;
    }
    return !e && wfbs.isValid() && osce.isValid();
}

QByteArray DemoFixture::read(const QString &rel) const
{
    QFile f(QDir(sandbox).filePath(rel));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void DemoFixture::write(const QString &rel, const QByteArray &bytes) const
{
    QFile f(QDir(sandbox).filePath(rel));
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

QByteArray DemoFixture::bundled(const QString &rel)
{
    QFile f(QStringLiteral(":/demo/") + rel);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace kb::test
