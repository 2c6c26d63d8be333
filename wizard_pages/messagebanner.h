#pragma once

#include <QWidget>

class QAbstractButton;
class QIcon;
class QLabel;

namespace kb {

// An icon beside a wrapping, selectable plain-text message, with an optional button at the
// right: the pages' error, warning and administrator-rights banners. Hidden while its message
// is empty; the message is also the banner's accessible description.
class MessageBanner : public QWidget
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setMessage(const QString &text);
    QString message() const;
    QLabel *label() const { return m_text; }
    void addButton(QAbstractButton *button);

private:
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace kb
