#include "host/appcmdparser.h"

#include "host/toolrunner.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace kb {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kb::AppcmdParser)
};

QString sectionName()
{
    return QStringView(kAnonymousAuthSection).toString();
}

KbError appcmdError(const QString &output, int exitCode)
{
    const QString message = appcmdErrorMessage(output);
    static const QRegularExpression hresult(QStringLiteral("hresult:\\s*(?:0x)?([0-9a-fA-F]{8})"));
    const QString hr = hresult.match(output).captured(1).toLower();
    if (hr == QLatin1String("80070005") || exitCode == 5)
        return KbError::make(QStringLiteral("iis.accessDenied"),
                             Tr::tr("appcmd was denied access to the IIS configuration: %1").arg(message));
    if (!message.isEmpty())
        return KbError::make(QStringLiteral("iis.error"), Tr::tr("appcmd reported: %1").arg(message));
    return KbError::make(QStringLiteral("iis.error"),
                         Tr::tr("appcmd failed with exit code %1: %2").arg(exitCode).arg(output.trimmed()));
}

} // namespace

QString appcmdErrorMessage(const QString &output)
{
    const qsizetype start = output.indexOf(QLatin1String("ERROR ("));
    if (start < 0)
        return QString();
    qsizetype from = output.indexOf(QLatin1String("message:"), start);
    from = from < 0 ? start + 7 : from + 8;
    qsizetype end = output.lastIndexOf(QLatin1Char(')'));
    if (end < from)
        end = output.size();
    return output.mid(from, end - from).simplified();
}

QString redactPasswordAttributes(const QString &xml)
{
    // A quoted value up to its closing quote; one whose closing quote never comes (output cut
    // off) up to the end of the text; an unquoted value up to the next space or tag end. Any
    // of them is replaced by the mask: nothing of a password survives (found by fuzzing).
    static const QRegularExpression re(
        QStringLiteral("(password\\s*[=:]\\s*)(\"[^\"]*(?:\"|\\z)|'[^']*(?:'|\\z)|[^\\s\"'/>]+)"),
        QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    auto it = re.globalMatch(xml);
    while (it.hasNext()) {
        const auto m = it.next();
        const QChar first = m.captured(2).front();
        const QString quote = first == QLatin1Char('"') || first == QLatin1Char('\'') ? QString(first) : QString();
        out += QStringView(xml).mid(last, m.capturedStart(2) - last);
        out += quote + ToolRunner::mask() + quote;
        last = m.capturedEnd(2);
    }
    out += QStringView(xml).mid(last);
    return out;
}

IisAnonymousIdentity parseAppcmdAnonymousAuth(const QString &output, int exitCode)
{
    IisAnonymousIdentity id;
    id.rawSection = redactPasswordAttributes(output.trimmed());
    if (!appcmdErrorMessage(output).isEmpty() || exitCode != 0) {
        id.error = appcmdError(id.rawSection, exitCode);
        return id;
    }

    QXmlStreamReader xml(output.trimmed());
    bool found = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name != u"anonymousAuthentication" && !name.endsWith(u"-anonymousAuthentication"))
            continue;
        found = true;
        const QXmlStreamAttributes attrs = xml.attributes();
        if (attrs.hasAttribute(QLatin1String("enabled")))
            id.enabled = attrs.value(QLatin1String("enabled")).compare(u"false", Qt::CaseInsensitive) != 0;
        id.userName = attrs.value(QLatin1String("userName")).toString();
        id.hasPassword = !attrs.value(QLatin1String("password")).isEmpty();
        break;
    }
    if (!found || (xml.hasError() && xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)) {
        id.error = KbError::make(QStringLiteral("iis.unexpectedOutput"),
                                 Tr::tr("Could not find the anonymous authentication settings in appcmd's "
                                    "output."));
    }
    return id;
}

AppcmdSetResult parseAppcmdSetResult(const QString &output, int exitCode)
{
    AppcmdSetResult r;
    if (exitCode != 0 || !appcmdErrorMessage(output).isEmpty()) {
        r.error = appcmdError(output, exitCode);
        return r;
    }
    static const QRegularExpression applied(QStringLiteral(
            "Applied configuration changes to section \"([^\"]*)\" for \"([^\"]*)\" at "
            "configuration commit path \"([^\"]*)\""));
    // IIS 7.0 reports a change of a config object as `CONFIG object "asp" changed`.
    static const QRegularExpression changed(QStringLiteral("(?m)^\\s*CONFIG object \"[^\"]*\" changed"));
    const auto m = applied.match(output);
    if (!m.hasMatch() && changed.match(output).hasMatch()) {
        r.ok = true;
        return r;
    }
    if (!m.hasMatch()) {
        // L4: exit 0 without "Applied configuration changes" is not a success; the caller may
        // read the setting back to decide (WindowsHost::setIisAnonymousIdentity does).
        r.error = KbError::make(QStringLiteral("iis.unexpectedOutput"),
                                Tr::tr("appcmd ended without confirming the change; its output was: %1")
                                        .arg(output.trimmed().isEmpty() ? Tr::tr("(nothing)") : output.trimmed()));
        return r;
    }
    r.section = m.captured(1);
    r.configPath = m.captured(2);
    r.commitPath = m.captured(3);
    r.ok = true;
    return r;
}

QByteArray anonymousAuthInputXml(const QString &site, const QString &userName, const QString &password)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(4);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("appcmd"));
    w.writeStartElement(QStringLiteral("CONFIG"));
    w.writeAttribute(QStringLiteral("CONFIG.SECTION"), sectionName());
    QString path = QStringLiteral("MACHINE/WEBROOT/APPHOST");
    if (!site.isEmpty())
        path += QLatin1Char('/') + site;
    w.writeAttribute(QStringLiteral("path"), path);
    w.writeEmptyElement(QString(sectionName()).replace(QLatin1Char('/'), QLatin1Char('-')));
    w.writeAttribute(QStringLiteral("userName"), userName);
    w.writeAttribute(QStringLiteral("password"), password);
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

} // namespace kb
