// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QTranslator>

namespace powerfield {

// The program's languages: loads Powerfield's embedded translations (":/i18n/powerfield_LANG.qm")
// and Qt's own for the chosen language, switches them at run time (every widget then receives
// QEvent::LanguageChange) and remembers the choice in the settings.
class Translations : public QObject
{
    Q_OBJECT

public:
    // The one instance, owned by the application object; created on first use.
    static Translations *instance();

    static QStringList languages();                  // the shipped ones: "en", "de", "es"
    static QString nativeName(const QString &code);  // "English", "Deutsch", "Español"

    QString language() const { return m_language; } // the choice; empty: the system's
    QString activeLanguage() const { return m_active; } // the language on show
    // Switches to `code` (empty for the system's language, which falls back to English when
    // Powerfield does not speak it), and stores the choice unless `remember` is false.
    void setLanguage(const QString &code, bool remember = true);
    // Loads the language stored in the settings (the system's when none is).
    void restore();

signals:
    void languageChanged(const QString &activeLanguage);

private:
    explicit Translations(QObject *parent);
    static QString systemLanguage();

    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
    QString m_active;
    bool m_installed = false;
};

} // namespace powerfield
