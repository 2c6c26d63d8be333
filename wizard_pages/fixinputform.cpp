#include "fixinputform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kb {

namespace {

QLabel *wrappingLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A fix that asks for the confirmation itself (IisAnonymousFix: "confirmPassword", "Confirm
// password") gets no second one from the form.
bool isConfirmation(const FixInput &in)
{
    return in.kind == FixInput::Kind::Password
           && (in.id.contains(QLatin1String("confirm"), Qt::CaseInsensitive)
               || in.label.contains(QLatin1String("confirm"), Qt::CaseInsensitive));
}

} // namespace

FixInputForm::FixInputForm(const QList<FixInput> &specs, const QVariantMap &values,
                           const QString &fixTitle, QWidget *parent)
    : QWidget(parent)
{
    bool ownConfirmation = false;
    for (const FixInput &spec : specs)
        ownConfirmation = ownConfirmation || isConfirmation(spec);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    // Labels stay on one line (a word-wrapped label in a QFormLayout gets too little height and
    // is cut off, as the German "Name oder IP-Adresse des Proxyservers" was); a row whose label
    // leaves the field too little room puts the field below it. Labels sit at the top of their
    // row, level with the field rather than with the help text under it.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (const FixInput &spec : specs) {
        InputUi in;
        in.spec = spec;
        auto *label = new QLabel(spec.label, this);
        QWidget *field = nullptr;
        switch (spec.kind) {
        case FixInput::Kind::Choice: {
            // A fixed list (proxy protocol, a section, yes/no); free text has its own Text input.
            in.combo = new QComboBox(this);
            // Long choices (URLs) must not widen the page beyond the window.
            in.combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
            in.combo->setMinimumContentsLength(24);
            in.combo->addItems(spec.choices);
            const QString value = values.value(spec.id, spec.defaultValue).toString();
            if (!value.isEmpty() && in.combo->findText(value) < 0)
                in.combo->addItem(value);
            in.combo->setCurrentText(value);
            connect(in.combo, &QComboBox::currentTextChanged, this, &FixInputForm::onEdited);
            field = in.combo;
            break;
        }
        case FixInput::Kind::Text:
            in.edit = new QLineEdit(values.value(spec.id, spec.defaultValue).toString(), this);
            if (spec.id == QLatin1String("port")) { // the proxy's port: a number, a short field
                in.edit->setValidator(new QIntValidator(1, 65535, in.edit));
                in.edit->setMaximumWidth(in.edit->fontMetrics().horizontalAdvance(QStringLiteral("0000000")) + 24);
            }
            connect(in.edit, &QLineEdit::textChanged, this, &FixInputForm::onEdited);
            field = in.edit;
            break;
        case FixInput::Kind::Password:
            // Never pre-filled, never shown: the value only goes to Session::setFixInputs.
            in.edit = new QLineEdit(this);
            in.edit->setEchoMode(QLineEdit::Password);
            connect(in.edit, &QLineEdit::textChanged, this, &FixInputForm::onEdited);
            if (!ownConfirmation) {
                in.confirm = new QLineEdit(this);
                in.confirm->setEchoMode(QLineEdit::Password);
                in.confirm->setAccessibleName(tr("Confirm: %1").arg(spec.label));
                in.confirm->setAccessibleDescription(tr("Type the password again; the fix waits "
                                                        "until both entries match."));
                in.mismatch = new QLabel(tr("The two entries do not match."), this);
                in.mismatch->hide();
                connect(in.confirm, &QLineEdit::textChanged, this, &FixInputForm::onEdited);
            }
            field = in.edit;
            break;
        }
        field->setAccessibleName(spec.label);
        //: %1 = the title of the fix's step
        field->setAccessibleDescription(spec.help.isEmpty() ? tr("Used by the fix \"%1\"; the "
                                                                 "preview shows its effect.")
                                                                  .arg(fixTitle)
                                                            : spec.help);
        field->setToolTip(spec.help);
        label->setBuddy(field);
        // The field with its help below it, as one cell of the form.
        auto *cell = new QWidget(this);
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->setSpacing(2);
        cellLayout->addWidget(field);
        if (!spec.help.isEmpty()) {
            auto *help = wrappingLabel(cell);
            help->setText(spec.help);
            cellLayout->addWidget(help);
        }
        form->addRow(label, cell);
        if (in.confirm) {
            //: Label of the field where the password is typed a second time.
            auto *confirmLabel = new QLabel(tr("Confirm:"), this);
            confirmLabel->setBuddy(in.confirm);
            form->addRow(confirmLabel, in.confirm);
            form->addRow(QString(), in.mismatch);
        }
        m_inputs.append(in);
    }
}

QVariantMap FixInputForm::values() const
{
    QVariantMap values;
    for (const InputUi &in : m_inputs) {
        if (in.combo) {
            values.insert(in.spec.id, in.combo->currentText());
        } else if (in.confirm) {
            if (in.edit->text() == in.confirm->text() && !in.edit->text().isEmpty())
                values.insert(in.spec.id, in.edit->text());
        } else if (in.edit && in.spec.kind == FixInput::Kind::Password) {
            if (!in.edit->text().isEmpty())
                values.insert(in.spec.id, in.edit->text());
        } else if (in.edit) {
            values.insert(in.spec.id, in.edit->text());
        }
    }
    return values;
}

bool FixInputForm::passwordsMatch() const
{
    for (const InputUi &in : m_inputs)
        if (in.confirm && in.edit->text() != in.confirm->text())
            return false;
    return true;
}

QString FixInputForm::withoutSecrets(QString text) const
{
    for (const InputUi &in : m_inputs) {
        if (in.spec.kind != FixInput::Kind::Password)
            continue;
        for (const QLineEdit *e : {in.edit, in.confirm})
            if (e && e->text().size() >= 3)
                text.replace(e->text(), QStringLiteral("********"));
    }
    return text;
}

void FixInputForm::setInputsEnabled(bool enabled)
{
    for (const InputUi &in : std::as_const(m_inputs))
        for (QWidget *w : {static_cast<QWidget *>(in.combo), static_cast<QWidget *>(in.edit),
                           static_cast<QWidget *>(in.confirm)})
            if (w)
                w->setEnabled(enabled);
}

void FixInputForm::onEdited()
{
    for (const InputUi &in : std::as_const(m_inputs))
        if (in.confirm)
            in.mismatch->setVisible(in.edit->text() != in.confirm->text() && !in.confirm->text().isEmpty());
    Q_EMIT changed();
}

} // namespace kb
