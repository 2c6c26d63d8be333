#pragma once

#include "fixes/fix.h"

#include <QList>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace kb {

// The inputs one fix needs (FixInput: a choice, a text, a password), as a form inside the fix's
// box. A password is never pre-filled and is typed twice, unless the fix asks for its own
// confirmation; values() holds it only when both entries match. Emits changed() on every edit.
class FixInputForm : public QWidget
{
    Q_OBJECT
public:
    // `values`: what the user entered before (Session::fixInputs); `fixTitle` names the fix in
    // the fields' accessible descriptions.
    FixInputForm(const QList<FixInput> &specs, const QVariantMap &values, const QString &fixTitle,
                 QWidget *parent = nullptr);

    bool isEmpty() const { return m_inputs.isEmpty(); }
    // The values to plan with: choices and texts as shown; a password only when typed and (when
    // confirmed here) both entries match.
    QVariantMap values() const;
    bool passwordsMatch() const;
    // `text` with every typed password (3 characters or more) masked: the engine redacts what it
    // knows; this also catches a typed password echoed back in an error (e.g. a tool's output),
    // so it never reaches a label or tooltip.
    QString withoutSecrets(QString text) const;
    void setInputsEnabled(bool enabled);

Q_SIGNALS:
    void changed();

private:
    struct InputUi
    {
        FixInput spec;
        QComboBox *combo = nullptr;    // Choice
        QLineEdit *edit = nullptr;     // Text, Password
        QLineEdit *confirm = nullptr;  // Password, unless the fix asks for its own confirmation
        QLabel *mismatch = nullptr;    // with `confirm`
    };
    void onEdited();

    QList<InputUi> m_inputs;
};

} // namespace kb
