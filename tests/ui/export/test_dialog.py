"""File › Export…: the dialog, its worker thread, and what the inbox selection hands it."""

from PySide6.QtCore import QItemSelectionModel
from openpyxl import load_workbook

from leadinbox.core.query import InboxQuery
from leadinbox.store.export import Selection, export_leads
from leadinbox.store.importing.entry import import_path
from leadinbox.ui.export.dialog import ExportDialog, selection_of
from leadinbox.ui.jobs import ChangeHub, Jobs
from leadinbox.ui.inbox.columns import CUSTOMER_ID_ROLE, LEAD_ROLE

VIEW = InboxQuery(view="all")


def jobs_on(db_path):
    return Jobs(db_path, ChangeHub())


def test_dialog_offers_view_and_selection_with_their_counts(qtbot, sample_db, db_path, settings):
    dialog = ExportDialog(sample_db, jobs_on(db_path), VIEW, Selection(), settings=settings)
    qtbot.addWidget(dialog)
    assert dialog.view_choice.text() == "The current view: 19 leads" and dialog.view_choice.isChecked()
    assert not dialog.cancel_button.isVisibleTo(dialog) and dialog.export_button.isVisibleTo(dialog)
    assert not dialog.selection_choice.isEnabled()
    chen = sample_db.execute("SELECT id FROM customers WHERE email = ?",
                             ("yichun.chen@tailspin.example",)).fetchone()[0]
    picked = ExportDialog(sample_db, jobs_on(db_path), VIEW, Selection(frozenset({chen})), settings=settings)
    qtbot.addWidget(picked)
    assert picked.selection_choice.text() == "The selected rows: 3 leads" and picked.selection_choice.isEnabled()
    # One row is the inbox's current row, selected whenever a customer is open: Ctrl+E exported only that
    # customer unless the view was picked. Several rows are a choice.
    assert picked.view_choice.isChecked()
    john = sample_db.execute("SELECT id FROM customers WHERE email = ?", ("jsmith@contoso.example",)).fetchone()[0]
    several = ExportDialog(sample_db, jobs_on(db_path), VIEW, Selection(frozenset({chen, john})),
                           settings=settings)
    qtbot.addWidget(several)
    assert several.selection_choice.isChecked()
    one_lead = ExportDialog(sample_db, jobs_on(db_path), VIEW, Selection(lead_ids=frozenset({1})), settings=settings)
    qtbot.addWidget(one_lead)
    assert one_lead.view_choice.isChecked()


def test_export_runs_in_a_thread_and_reports(qtbot, sample_db, db_path, settings, tmp_path):
    dialog = ExportDialog(sample_db, jobs_on(db_path), VIEW, Selection(), settings=settings)
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("xlsx"))
    target = tmp_path / "out" / "leads.xlsx"
    target.parent.mkdir()
    with qtbot.waitSignal(dialog.finished_export, timeout=20000):
        dialog.start(target)
        assert dialog.cancel_button.isVisibleTo(dialog) and not dialog.export_button.isEnabled()
    assert dialog.outcome.count == 19 and dialog.result.text() == f"Exported 19 leads to {target}."
    assert load_workbook(target)["Leads"].max_row == 20
    assert settings.value("export/format") == "xlsx" and settings.value("export/dir") == str(target.parent)
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isVisibleTo(dialog)


def test_failed_export_is_told_not_raised(qtbot, sample_db, db_path, settings, tmp_path):
    dialog = ExportDialog(sample_db, jobs_on(db_path), VIEW, Selection(), settings=settings)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_export, timeout=20000):
        dialog.start(tmp_path / "missing" / "leads.csv")
    assert dialog.result.text().startswith("The export failed; no file was written.")


def test_cancelled_export_writes_nothing(qtbot, sample_db, db_path, tmp_path):
    target = tmp_path / "leads.csv"
    jobs = jobs_on(db_path)
    job = jobs.read(lambda task: export_leads(task.db, VIEW, target, "csv", cancelled=task.cancelled))
    job.cancel()           # before it starts: it starts stopped, and the export sees that after its first chunk
    with qtbot.waitSignal(job.finished, timeout=20000) as done:
        job.run()
    assert done.args[0].cancelled and not target.exists()


def test_inbox_selection_becomes_customers_and_leads(qtbot, window, samples, tmp_path):
    for path in sorted(samples.iterdir()):
        import_path(window.db, path)
    window.refresh()
    window.views.select("all")
    model, tree = window.model, window.tree
    tree.expand(model.index(0, 0))
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    tree.selectionModel().select(model.index(1, 0), flags)
    tree.selectionModel().select(model.index(0, 0, model.index(0, 0)), flags)
    picked = selection_of(tree)
    assert picked.customer_ids == {model.index(1, 0).data(CUSTOMER_ID_ROLE)}
    assert picked.lead_ids == {model.index(0, 0, model.index(0, 0)).data(LEAD_ROLE)["id"]}
    action = next(a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "&Export…")
    assert action.shortcut().toString() == "Ctrl+E"
