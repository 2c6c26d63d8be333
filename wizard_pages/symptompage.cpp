#include "symptompage.h"

#include "session.h"
#include "articles/articles.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace kb {

namespace {

// Two lines per symptom: the user's words, then (smaller) the article and its product.
class SymptomDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QFont secondaryFont(const QFont &font)
    {
        QFont f(font);
        f.setPointSizeF(font.pointSizeF() * 0.85);
        return f;
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem o(option);
        initStyleOption(&o, index);
        const int textHeight = QFontMetrics(o.font).height()
                               + QFontMetrics(secondaryFont(o.font)).height() + 2;
        return {QStyledItemDelegate::sizeHint(option, index).width(),
                qMax(o.decorationSize.height(), textHeight) + 10};
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem o(option);
        initStyleOption(&o, index);
        const QWidget *widget = o.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &o, widget)
                                   .adjusted(2, 5, -2, -5);
        const QString primary = o.text;
        o.text.clear();
        style->drawControl(QStyle::CE_ItemViewItem, &o, painter, widget);

        const QPalette::ColorGroup group = !(o.state & QStyle::State_Enabled) ? QPalette::Disabled
                                           : (o.state & QStyle::State_Active) ? QPalette::Normal
                                                                              : QPalette::Inactive;
        painter->save();
        painter->setPen(o.palette.color(group, (o.state & QStyle::State_Selected)
                                                   ? QPalette::HighlightedText
                                                   : QPalette::Text));
        const QFontMetrics fm(o.font);
        painter->setFont(o.font);
        painter->drawText(textRect.left(), textRect.top() + fm.ascent(),
                          fm.elidedText(primary, Qt::ElideRight, textRect.width()));
        const QFont small = secondaryFont(o.font);
        const QFontMetrics sfm(small);
        painter->setFont(small);
        painter->drawText(textRect.left(), textRect.top() + fm.height() + 2 + sfm.ascent(),
                          sfm.elidedText(index.data(SymptomPage::SecondaryTextRole).toString(),
                                         Qt::ElideRight, textRect.width()));
        painter->restore();
    }
};

QString productsText(const Article &a)
{
    QStringList names;
    for (Product p : a.products)
        names.append(productName(p));
    return names.join(QLatin1String(" / "));
}

} // namespace

SymptomPage::SymptomPage(Session *session, QWidget *parent)
    : QWizardPage(parent), m_session(session)
{
    m_filterLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this); // Down moves from the filter into the list
    m_filterLabel->setBuddy(m_filter);

    m_listLabel = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setItemDelegate(new SymptomDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listLabel->setBuddy(m_list);

    m_emptyLabel = new QLabel(this);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->hide();

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setMinimumHeight(m_note->fontMetrics().lineSpacing() * 3);
    m_note->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filterLabel);
    layout->addWidget(m_filter);
    layout->addSpacing(6);
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_note);

    connect(m_filter, &QLineEdit::textChanged, this, &SymptomPage::applyFilter);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        updateNote();
        Q_EMIT completeChanged();
    });
    // Double-click = Next; Enter already presses the wizard's default button.
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (isComplete())
            wizard()->next();
    });
    retranslateUi();
}

void SymptomPage::retranslateUi()
{
    setTitle(tr("What is the problem?"));
    setSubTitle(tr("Type a few words about what goes wrong, then choose the sentence that fits "
                   "best. The wizard follows the Trend Micro article behind it."));
    m_filterLabel->setText(tr("&Describe the problem:"));
    m_filter->setPlaceholderText(tr("Describe the problem..."));
    m_filter->setAccessibleName(tr("Describe the problem"));
    m_filter->setAccessibleDescription(tr("Filters the list of symptoms below"));
    m_listLabel->setText(tr("&Symptoms:"));
    m_list->setAccessibleName(tr("Symptoms"));
    m_list->setAccessibleDescription(tr("Each symptom with the article that handles it"));
    rebuildList();
}

void SymptomPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void SymptomPage::initializePage()
{
    rebuildList();
}

void SymptomPage::rebuildList()
{
    const QString keep = selectedArticleId().isEmpty() ? m_session->articleId() : selectedArticleId();
    const Product current = m_session->target().product;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QListWidgetItem *toSelect = nullptr;
    // Articles for the selected installation's product first.
    QList<const Article *> ordered;
    for (const Article &a : m_session->articles())
        if (current == Product::Unknown || a.appliesTo(current))
            ordered.append(&a);
    for (const Article &a : m_session->articles())
        if (!ordered.contains(&a))
            ordered.append(&a);
    for (const Article *article : std::as_const(ordered)) {
        const Article &a = *article;
        const bool matches = current == Product::Unknown || a.appliesTo(current);
        QString secondary = tr("Article: %1 (for %2)").arg(a.title, productsText(a));
        if (!matches && a.appliesTo(m_session->targetFor(a).product))
            //: Article line of a symptom whose article is for another product than the chosen installation.
            secondary = tr("Article: %1 (for %2: the wizard switches to that installation)")
                            .arg(a.title, productsText(a));
        else if (!matches)
            secondary = tr("Article: %1 (for %2, which was not found: it may not apply)")
                            .arg(a.title, productsText(a));
        for (const QString &symptom : a.symptoms) {
            auto *item = new QListWidgetItem(symptom, m_list);
            item->setData(ArticleIdRole, a.id);
            item->setData(SecondaryTextRole, secondary);
            item->setData(Qt::AccessibleTextRole, symptom + QLatin1String(". ") + secondary);
            item->setToolTip(symptom + QLatin1Char('\n') + a.summary);
            if (!toSelect && a.id == keep)
                toSelect = item;
        }
    }
    if (toSelect)
        m_list->setCurrentItem(toSelect);
    applyFilter();
}

void SymptomPage::applyFilter()
{
    // Every word typed must occur in the symptom or the article title (any case, any order), so
    // "not updating" and "update not" both find "The Security Server is not updating".
    const QStringList words = m_filter->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    int shown = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const Article *a = findArticle(m_session->articles(), item->data(ArticleIdRole).toString());
        const QString haystack = item->text() + QLatin1Char(' ') + (a ? a->title : QString());
        bool match = true;
        for (const QString &w : words)
            match = match && haystack.contains(w, Qt::CaseInsensitive);
        item->setHidden(!match);
        if (!match && item->isSelected())
            m_list->clearSelection();
        shown += match ? 1 : 0;
    }
    m_emptyLabel->setText(tr("No symptom matches \"%1\". Try other words, or clear the field to "
                             "see every symptom.").arg(m_filter->text()));
    m_emptyLabel->setVisible(shown == 0);
    updateNote();
    Q_EMIT completeChanged();
}

QString SymptomPage::selectedArticleId() const
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || selected.constFirst()->isHidden())
        return QString();
    return selected.constFirst()->data(ArticleIdRole).toString();
}

void SymptomPage::updateNote()
{
    const Article *a = findArticle(m_session->articles(), selectedArticleId());
    if (!a) {
        m_note->setText(tr("Choose a symptom to continue.").toHtmlEscaped());
        return;
    }
    const Target target = m_session->targetFor(*a);
    const QString where = QDir::toNativeSeparators(target.pccsrv);
    QString text;
    if (a->appliesTo(m_session->target().product) || !target.isValid())
        text += tr("The checks will run on %1.").arg(where);
    else if (a->appliesTo(target.product))
        text += tr("This article is for %1. The wizard will use the %2 installation in %3.")
                    .arg(productsText(*a), productName(target.product), where);
    else
        text += tr("This article is for %1, but no such installation was found. The checks will "
                   "run on the selected installation (%2) and may not apply to it.")
                    .arg(productsText(*a), where);
    m_note->setText(QStringLiteral("<b>%1</b><br>%2<br>%3")
                        .arg(a->title.toHtmlEscaped(), a->summary.toHtmlEscaped(), text.toHtmlEscaped()));
}

// Down (or Page Down) in the filter goes into the list, on its first visible symptom, so the
// keyboard path is: type a few words, Down, Enter.
bool SymptomPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
            QListWidgetItem *target = nullptr;
            for (int i = 0; i < m_list->count() && !target; ++i)
                if (!m_list->item(i)->isHidden())
                    target = m_list->item(i);
            if (target) {
                m_list->setFocus(Qt::TabFocusReason);
                if (!m_list->currentItem() || m_list->currentItem()->isHidden() || !m_list->currentItem()->isSelected())
                    m_list->setCurrentItem(target);
                return true;
            }
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

bool SymptomPage::isComplete() const
{
    return !selectedArticleId().isEmpty();
}

bool SymptomPage::validatePage()
{
    const Article *a = findArticle(m_session->articles(), selectedArticleId());
    if (!a)
        return false;
    const Target target = m_session->targetFor(*a);
    if (KbError error = m_session->chooseArticle(a->id)) {
        m_note->setText(tr("The %1 installation cannot be used: %2")
                            .arg(productName(target.product), error.toString())
                            .toHtmlEscaped());
        return false;
    }
    return true;
}

} // namespace kb
