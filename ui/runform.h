#pragma once

#include "core/runoptions.h"

#include <QWidget>

template<typename SpinBox>
class NumberBox;
class NoteLabel;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSlider;
class QSpinBox;
using IntegerBox = NumberBox<QSpinBox>;
using DecimalBox = NumberBox<QDoubleSpinBox>;

// The form that describes a run: server, countries, destination, concurrency,
// timeout, country names. Checks what is typed as it is typed, and says under each field what
// it will do or, in red, why it cannot run.
class RunForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunForm)

public:
    static constexpr int customServerIndex = 4; // after the four presets

    explicit RunForm(QWidget *parent = nullptr);

    // "qflags" in the user's Downloads folder (else home folder).
    static QString defaultDestination();

    RunOptions options() const;
    void setOptions(const RunOptions &options);

    // The built-in server's behaviour, for LOCAL, DELAY and ERROR.
    double delayMinSeconds() const;
    double delayMaxSeconds() const;
    double errorRate() const;
    bool usesBuiltInServer() const;
    void setServerAddress(const QString &address);

    int concurrency() const;
    void setConcurrency(int concurrency);
    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }
    int codeCount() const { return m_codeCount; }

    // What the form's settings are in use for. During a run only the
    // concurrency can change; a sweep sets its own at each level, and saves
    // into scratch folders, never into Save to.
    enum class Activity { Idle, Run, Sweep };
    void setActivity(Activity activity);

    // Checks every field again, also against the disk (the destination may
    // have changed since it was typed).
    void revalidate();
    // Takes what is typed in a spin box that has not been committed yet, so
    // Enter typed straight after "500" starts with 500. A number out of its
    // box's range is left as typed (the form says the range).
    void commitTypedValues();

    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);

Q_SIGNALS:
    // When the form becomes valid or invalid, or the reason changes.
    void problemChanged(const QString &problem);
    // After every check of the form: what it describes may have changed.
    void checked();
    void concurrencyChanged(int concurrency);
    void openFolderRequested(const QString &folder);

protected:
    bool event(QEvent *event) override;

private:
    QWidget *buildServerRow();
    QWidget *buildBuiltInRow();
    QWidget *buildCountriesRow();
    QWidget *buildDestinationRow();
    QWidget *buildConcurrencyRow();
    QWidget *buildNamesRow();
    void onServerChanged(int index);
    void showServerAddress(const QString &address);
    void chooseDestination();
    QString checkTemplate();
    QString checkCodes();
    QString checkDestination();
    QString checkNumbers();
    QString checkProxy();
    void updateEnabledRows();

    QFormLayout *m_layout = nullptr;
    QComboBox *m_server = nullptr;
    NoteLabel *m_serverAddress = nullptr; // where the chosen server is
    QLineEdit *m_urlTemplate = nullptr;
    NoteLabel *m_templateStatus = nullptr;
    QWidget *m_builtInRow = nullptr;
    DecimalBox *m_delayMin = nullptr;
    DecimalBox *m_delayMax = nullptr;
    IntegerBox *m_errorRate = nullptr;
    QLineEdit *m_codes = nullptr;
    IntegerBox *m_limit = nullptr;
    NoteLabel *m_codesStatus = nullptr;
    QLineEdit *m_destination = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_openFolder = nullptr;
    NoteLabel *m_destinationStatus = nullptr;
    QSlider *m_concurrencySlider = nullptr;
    IntegerBox *m_concurrency = nullptr;
    DecimalBox *m_timeout = nullptr;
    IntegerBox *m_retries = nullptr;
    // Under Timeout: a number out of its range, else a delay longer than the timeout.
    NoteLabel *m_numbersStatus = nullptr;
    QLineEdit *m_proxy = nullptr;
    NoteLabel *m_proxyStatus = nullptr;
    QCheckBox *m_fetchNames = nullptr;
    QCheckBox *m_nameFiles = nullptr;
    QCheckBox *m_conditionalGet = nullptr;
    QComboBox *m_strategy = nullptr;
    // --cacert from the command line: no field, and not remembered; every run
    // of this window trusts them.
    MinimumSpeed m_minimumSpeed; // from the command line only: no field of its own
    QList<QSslCertificate> m_caCertificates;
    QList<QWidget *> m_lockedWhileRunning;
    QString m_problem;
    int m_codeCount = 0;
    bool m_running = false; // a run or a sweep
    Activity m_activity = Activity::Idle;
};
