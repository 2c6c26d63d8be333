#include "messagebanner.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QStyle>

namespace kb {

MessageBanner::MessageBanner(QWidget *parent) : QWidget(parent)
{
    m_icon = new QLabel(this);
    m_icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText); // paths and engine texts are never markup
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    hide();
}

void MessageBanner::setIcon(const QIcon &icon)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(icon.pixmap(size, size));
}

void MessageBanner::setMessage(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

QString MessageBanner::message() const
{
    return m_text->text();
}

void MessageBanner::addButton(QAbstractButton *button)
{
    button->setParent(this);
    static_cast<QHBoxLayout *>(layout())->addWidget(button, 0, Qt::AlignTop);
}

} // namespace kb
