#pragma once

#include <QDoubleSpinBox>
#include <QFocusEvent>
#include <QHideEvent>
#include <QLineEdit>
#include <QSpinBox>

#include <optional>
#include <type_traits>

// A spin box that keeps what is typed. Qt's own refuses a keystroke that
// takes the number past its maximum (typing 5000 leaves 500) and puts the old
// value back when the box loses focus with a number under its minimum (0
// becomes 30), both without a word. This one takes any number and keeps it
// as typed; value() stays the last one in range until the text is one, and
// hasAcceptableInput() says whether it is, so the form can say the range and
// hold Start until it is right.
template<typename SpinBox>
class NumberBox final : public SpinBox
{
    static_assert(std::is_same_v<SpinBox, QSpinBox> || std::is_same_v<SpinBox, QDoubleSpinBox>);

public:
    using SpinBox::SpinBox;

    // Its editor: textChanged() there follows every keystroke (the box's own
    // signals follow its value).
    QLineEdit *editor() const { return this->lineEdit(); }

protected:
    QValidator::State validate(QString &text, int &position) const override
    {
        const QValidator::State state = SpinBox::validate(text, position);
        // To Qt, a number out of range is Invalid, and the keystroke is refused.
        if (state == QValidator::Invalid && isNumber(text))
            return QValidator::Intermediate;
        return state;
    }

    void focusOutEvent(QFocusEvent *event) override
    {
        const std::optional<QString> typed = keptText();
        SpinBox::focusOutEvent(event); // puts the value back into the text
        restore(typed);
    }

    void hideEvent(QHideEvent *event) override
    {
        // The window minimized keeps what is typed; a row hidden because the
        // field no longer applies (another server) lets Qt put its value back.
        const std::optional<QString> typed = event->spontaneous() ? keptText() : std::nullopt;
        SpinBox::hideEvent(event);
        restore(typed);
    }

private:
    // What is typed, when it is not a value in range; else nothing to keep.
    std::optional<QString> keptText() const
    {
        if (this->hasAcceptableInput())
            return std::nullopt;
        return this->lineEdit()->text();
    }

    void restore(const std::optional<QString> &typed)
    {
        if (typed && this->lineEdit()->text() != *typed)
            this->lineEdit()->setText(*typed);
    }

    bool isNumber(const QString &text) const
    {
        QString number = text;
        if (!this->prefix().isEmpty() && number.startsWith(this->prefix()))
            number.remove(0, this->prefix().size());
        if (!this->suffix().isEmpty() && number.endsWith(this->suffix()))
            number.chop(this->suffix().size());
        number = number.trimmed();
        bool ok = false;
        if constexpr (std::is_same_v<SpinBox, QDoubleSpinBox>) {
            this->locale().toDouble(number, &ok);
            // More decimals than the box shows are still refused, as Qt does.
            const qsizetype point = number.indexOf(this->locale().decimalPoint());
            ok = ok && (point < 0 || number.size() - point - 1 <= this->decimals());
        } else {
            this->locale().toInt(number, &ok);
        }
        return ok;
    }
};

using IntegerBox = NumberBox<QSpinBox>;
using DecimalBox = NumberBox<QDoubleSpinBox>;
