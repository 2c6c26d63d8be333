#pragma once

#include "target.h"

#include <QString>
#include <QTemporaryDir>

namespace kb::test {

// A fresh copy of the bundled demo server in a temporary folder.
struct DemoFixture
{
    QTemporaryDir tmp;
    QString sandbox;
    Target wfbs;
    Target osce;

    bool create();
    QByteArray read(const QString &relativeToSandbox) const;
    void write(const QString &relativeToSandbox, const QByteArray &bytes) const;
    static QByteArray bundled(const QString &relativeToDemo); // from ":/demo/..."
};

} // namespace kb::test
