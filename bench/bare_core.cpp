// The reference for the headless peak memory (issue 16): a bare QCoreApplication program that
// reads every file under DIR, as a headless run on that folder reads its installation files,
// then exits. The parent takes its ru_maxrss.
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 2) {
        std::fputs("usage: bare_core DIR\n", stderr);
        return 2;
    }
    qint64 bytes = 0;
    int files = 0;
    QDirIterator it(args.at(1), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly)) {
            bytes += f.readAll().size();
            ++files;
        }
    }
    std::printf("read %d files, %lld bytes\n", files, static_cast<long long>(bytes));
    return 0;
}
