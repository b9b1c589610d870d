// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "workingfolder.h"

#include "appsettings.h"
#include "viewpainters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>

namespace powerfield {

namespace {

const QList<QSize> kPresets = {QSize(1920, 1080), QSize(1600, 900), QSize(1024, 768), QSize(1600, 1200)};

QString suffixOf(const QString &path)
{
    return QFileInfo(path).suffix().toLower();
}

} // namespace

ViewExportChoice ViewExportChoice::remembered()
{
    const QSettings s = appSettings();
    ViewExportChoice c;
    c.view = s.value(QStringLiteral("export/view"), c.view).toString();
    if (!viewNames().contains(c.view))
        c.view = QStringLiteral("slide");
    c.request.path = s.value(QStringLiteral("export/path"),
                             QDir(workingFolder()).filePath(QStringLiteral("powerfield-slide.png"))).toString();
    c.request.size = s.value(QStringLiteral("export/size"), QSize(1920, 1080)).toSize();
    c.request.scale = std::clamp(s.value(QStringLiteral("export/scale"), 1).toInt(), 1, 4);
    c.request.theme.kind = Theme::kindFromName(s.value(QStringLiteral("export/theme")).toString()).value_or(ThemeKind::Print);
    c.request.theme.presentation = s.value(QStringLiteral("export/presentation"), false).toBool();
    return c;
}

void ViewExportChoice::remember() const
{
    QSettings s = appSettings();
    static const char *const themes[] = {"print", "projector", "transparent"};
    s.setValue(QStringLiteral("export/view"), view);
    s.setValue(QStringLiteral("export/path"), request.path);
    setWorkingFolder(request.path);
    s.setValue(QStringLiteral("export/size"), request.size);
    s.setValue(QStringLiteral("export/scale"), request.scale);
    s.setValue(QStringLiteral("export/theme"), QLatin1String(themes[int(request.theme.kind)]));
    s.setValue(QStringLiteral("export/presentation"), request.theme.presentation);
}

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_preset(new QComboBox(this))
    , m_width(new QSpinBox(this))
    , m_height(new QSpinBox(this))
    , m_scale(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_presentation(new QCheckBox(tr("&Large type and thick lines (presentation)"), this))
    , m_summary(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export View"));
    const QStringList viewTitles = {tr("Social field"), tr("Dependence panel"), tr("Power over time"),
                                    tr("Whole window (field, panel and plot)"),
                                    tr("Slide (title, caption, field with legend, plot)")};
    const QStringList names = viewNames();
    for (int i = 0; i < names.size(); ++i)
        m_view->addItem(i < viewTitles.size() ? viewTitles[i] : names[i], names[i]);
    m_preset->addItem(tr("16:9 slide, 1920 × 1080"), kPresets[0]);
    m_preset->addItem(tr("16:9, 1600 × 900"), kPresets[1]);
    m_preset->addItem(tr("4:3 slide, 1024 × 768"), kPresets[2]);
    m_preset->addItem(tr("4:3, 1600 × 1200"), kPresets[3]);
    m_preset->addItem(tr("Custom size"));
    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 20000);
        box->setSuffix(tr(" px"));
    }
    m_width->setAccessibleName(tr("Width in pixels"));
    m_height->setAccessibleName(tr("Height in pixels"));
    m_scale->setRange(1, 4);
    m_scale->setSuffix(tr("×"));
    m_theme->addItem(tr("Print (white background)"), QStringLiteral("print"));
    m_theme->addItem(tr("Projector (dark, high contrast)"), QStringLiteral("projector"));
    m_theme->addItem(tr("Transparent (for slides with a background)"), QStringLiteral("transparent"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Choose the file to write"));
    m_summary->setWordWrap(true);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&View:"), m_view);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path); // a row holding a layout gets no buddy of its own
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("Si&ze:"), m_preset);
    form->addRow(QString(), sizeRow);
    form->addRow(tr("&Scale (PNG):"), m_scale);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(QString(), m_presentation);
    form->addRow(m_summary);
    form->addRow(m_buttons);
    setMinimumWidth(560);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_preset, &QComboBox::activated, this, &ExportDialog::presetChosen);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    for (QSpinBox *box : {m_width, m_height, m_scale})
        connect(box, &QSpinBox::valueChanged, this, &ExportDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setChoice(ViewExportChoice::remembered());
}

void ExportDialog::setChoice(const ViewExportChoice &c)
{
    m_view->setCurrentIndex(std::max(0, m_view->findData(c.view)));
    m_path->setText(QDir::toNativeSeparators(c.request.path));
    m_width->setValue(c.request.size.width());
    m_height->setValue(c.request.size.height());
    m_scale->setValue(c.request.scale);
    static const char *const themes[] = {"print", "projector", "transparent"};
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(QLatin1String(themes[int(c.request.theme.kind)]))));
    m_presentation->setChecked(c.request.theme.presentation);
    updateState();
}

ViewExportChoice ExportDialog::choice() const
{
    ViewExportChoice c;
    c.view = m_view->currentData().toString();
    c.request.path = QDir::fromNativeSeparators(m_path->text().trimmed());
    c.request.size = QSize(m_width->value(), m_height->value());
    c.request.scale = m_scale->value();
    c.request.theme.kind = Theme::kindFromName(m_theme->currentData().toString()).value_or(ThemeKind::Print);
    c.request.theme.presentation = m_presentation->isChecked();
    return c;
}

QString ExportDialog::problem() const
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty())
        return tr("Name the file to write.");
    const QString suffix = suffixOf(path);
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg") && suffix != QLatin1String("pdf"))
        return tr("The file name must end in .png, .svg or .pdf: that gives the format.");
    if (suffix == QLatin1String("png") && std::max(m_width->value(), m_height->value()) * m_scale->value() > 20000)
        return tr("The size times the scale must stay within 20000 × 20000 pixels.");
    return QString();
}

void ExportDialog::updateState()
{
    const int preset = kPresets.indexOf(QSize(m_width->value(), m_height->value()));
    m_preset->setCurrentIndex(preset >= 0 ? preset : m_preset->count() - 1);
    const QString suffix = suffixOf(m_path->text().trimmed());
    m_scale->setEnabled(suffix == QLatin1String("png"));
    QString text = problem();
    if (text.isEmpty() && suffix == QLatin1String("png"))
        text = tr("A PNG image of %1 × %2 pixels.").arg(m_width->value() * m_scale->value()).arg(m_height->value() * m_scale->value());
    else if (text.isEmpty())
        text = tr("A %1 drawing that scales without loss; its text stays text.").arg(suffix.toUpper());
    m_summary->setText(text);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem().isEmpty());
}

void ExportDialog::presetChosen(int index)
{
    if (index < 0 || index >= kPresets.size())
        return;
    m_width->setValue(kPresets[index].width());
    m_height->setValue(kPresets[index].height());
}

void ExportDialog::browse()
{
    QString filter;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export View"), m_path->text(),
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"),
                                                      &filter);
    if (path.isEmpty())
        return;
    QString chosen = path;
    if (QFileInfo(chosen).suffix().isEmpty())
        chosen += filter.contains(QLatin1String("svg")) ? QStringLiteral(".svg")
                  : filter.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf") : QStringLiteral(".png");
    m_path->setText(QDir::toNativeSeparators(chosen));
}

} // namespace powerfield
