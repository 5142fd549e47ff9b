"""The Reports window's cards, and how a ReportSet becomes their charts and tables."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings

from leadinbox.core import reports as r
from leadinbox.ui.inbox.badges import ACTION_BADGES, UNKNOWN_COLOUR
from leadinbox.ui.language.i18n import Labels, current_language, format_date, format_money, format_number
from leadinbox.ui.reports.bars import BarChart
from leadinbox.ui.reports.card import ReportCard
from leadinbox.ui.reports.hbars import HBar, HBarChart

GOOD, LATE, MISSED, WAITING = "#009E73", "#E69F00", "#D55E00", "#BBBBBB"
FUNNEL = ("#0072B2", "#56B4E9", "#009E73", "#117733")
# core.reports names its response-time buckets in English (it has no Qt); the window says them in its language.
BUCKETS = Labels("Reports", {
    "< 1 h": QT_TRANSLATE_NOOP("Reports", "< 1 h"), "1–4 h": QT_TRANSLATE_NOOP("Reports", "1–4 h"),
    "4–8 h": QT_TRANSLATE_NOOP("Reports", "4–8 h"), "8–24 h": QT_TRANSLATE_NOOP("Reports", "8–24 h"),
    "1–2 days": QT_TRANSLATE_NOOP("Reports", "1–2 days"), "2–7 days": QT_TRANSLATE_NOOP("Reports", "2–7 days"),
    "> 7 days": QT_TRANSLATE_NOOP("Reports", "> 7 days")})


def tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def _attempts_label(bucket: str) -> str:
    """'1 attempt', '2 attempts', '6 or more attempts' for core.reports' buckets '1', '2', … '6+'."""
    if bucket.endswith("+"):
        return QCoreApplication.translate("Reports", "%Ln or more attempts", "", int(bucket[:-1]))
    return QCoreApplication.translate("Reports", "%Ln attempt(s)", "", int(bucket))


def _week(day) -> str:
    # The date a week starts on, as the table beside the chart writes it ("12 Oct 2026", "2026/10/12").
    return format_date(day)


def _pct(value: float | None) -> str:
    return r.percent(value)


class ReportCards:
    """Builds the cards (weeks, funnel, SLA, response times, attempts, offers, countries) and fills them."""

    def __init__(self, settings: QSettings | None = None) -> None:
        def card(chart):
            return ReportCard(chart, settings)
        self.weeks = card(BarChart(tr("Leads per week, by action")))
        self.funnel = card(HBarChart(tr("Funnel: New → Contacted → Qualified → Won"), funnel=True))
        self.sla = card(BarChart(tr("First response within the SLA, per week"), percent=True))
        self.times = card(BarChart(tr("Time to the first response")))
        self.attempts = card(BarChart(tr("Attempts needed before a reply")))
        self.offers = card(HBarChart(tr("Top offers")))
        self.countries = card(HBarChart(tr("Top countries")))
        self.sla.chart.empty_text = tr("No first response was due in this period.")
        self.times.chart.empty_text = tr("No lead was answered or overdue in this period.")
        self.attempts.chart.empty_text = tr("No lead has replied in this period.")
        self.all = [self.weeks, self.funnel, self.sla, self.times, self.attempts, self.offers, self.countries]

    def show(self, reports: r.ReportSet) -> None:
        self._weeks(reports.overview.weekly)
        self._funnel(reports.overview.funnel, reports.deals)
        self._sla(reports.overview.response)
        self._times(reports.overview.response)
        self._attempts(reports.attempts)
        self._top(self.offers, reports.offers, tr("Offer"), lambda label: label)
        self._top(self.countries, reports.countries, tr("Country"),
                  lambda code: r.country_label(code, current_language()))

    def _weeks(self, weekly: r.WeeklyLeads) -> None:
        names = [ACTION_BADGES.get(a, (a, UNKNOWN_COLOUR)) for a in weekly.actions]
        self.weeks.chart.set_data([_week(w) for w in weekly.weeks], names,
                                  [[weekly.count(w, a) for a in weekly.actions] for w in weekly.weeks])
        total = sum(weekly.total(w) for w in weekly.weeks)
        self.weeks.chart.set_subtitle(tr("%s leads in %s weeks") % (format_number(total), len(weekly.weeks))
                                      if total else "")
        self.weeks.set_table([tr("Week of"), *[n for n, _ in names], tr("Total")],
                             [[w, *[weekly.count(w, a) for a in weekly.actions], weekly.total(w)]
                              for w in reversed(weekly.weeks)])

    def _funnel(self, funnel: r.Funnel, deals=()) -> None:
        rates = funnel.step_rates()
        stages = [tr("New"), tr("Contacted"), tr("Qualified"), tr("Won")]
        rows = [HBar(label, n, format_number(n) + (f"  ({_pct(rate)})" if rate is not None else ""), colour)
                for label, (_, n), rate, colour in zip(stages, funnel.stages, rates, FUNNEL)]
        rows += [HBar(tr("Lost"), funnel.lost, format_number(funnel.lost), MISSED, gap_before=True),
                 HBar(tr("No response"), funnel.no_response, format_number(funnel.no_response), WAITING)]
        self.funnel.chart.set_rows(rows)
        self.funnel.chart.set_subtitle(tr("Won %s of new leads; do-not-contact leads left out: %s")
                                       % (_pct(funnel.win_rate), format_number(funnel.dnc)) if funnel.new else "")
        table = [[label, n, _pct(rate), _pct(r.share(n, funnel.new))]
                 for label, (_, n), rate in zip(stages, funnel.stages, rates)]
        table += [[tr("Lost"), funnel.lost, None, _pct(r.share(funnel.lost, funnel.new))],
                  [tr("No response"), funnel.no_response, None,
                   _pct(r.share(funnel.no_response, funnel.new))],
                  [tr("Do not contact (left out)"), funnel.dnc, None, None]]
        if deals:
            # What the deals are worth, per offer and currency: won, and still in the pipeline.
            table += [[tr("Deal value per offer"), tr("Won"), tr("In the pipeline"), None]]
            table += [[f"{d['offer'] or tr('(no offer)')} ({d['currency']})",
                       format_money(d["won"], d["currency"]), format_money(d["pipeline"], d["currency"]), None]
                      for d in deals]
            won = {}
            for d in deals:
                won[d["currency"]] = won.get(d["currency"], 0) + d["won"]
            self.funnel.chart.set_subtitle(" · ".join(filter(None, (
                self.funnel.chart.subtitle,
                tr("value won %s") % ", ".join(format_money(v, c) for c, v in sorted(won.items()))))))
        self.funnel.set_table([tr("Stage"), tr("Leads"), tr("Of previous"), tr("Of new")], table)

    def _sla(self, response: r.ResponseTimes) -> None:
        weeks = response.weeks
        self.sla.chart.set_data([_week(w.week) for w in weeks], [(tr("SLA met"), GOOD)],
                                [[w.sla_rate] for w in weeks])
        self.sla.chart.set_subtitle(tr("%s answered within the first-response time overall")
                                    % _pct(response.sla_rate) if response.sla_rate is not None else "")
        self.sla.set_table([tr("Week of"), tr("In time"), tr("Late"), tr("Not answered"), tr("Waiting"),
                            tr("SLA met")],
                           [[w.week, w.met, w.late, w.overdue, w.pending, _pct(w.sla_rate)]
                            for w in reversed(weeks)])

    def _times(self, response: r.ResponseTimes) -> None:
        labels = [BUCKETS.get(label, label) for label, _ in response.buckets] + [tr("Not answered")]
        counts = [n for _, n in response.buckets] + [response.unanswered]
        self.times.chart.set_data(labels, [(tr("Leads"), GOOD)], [[n] for n in counts],
                                  bar_colours=[GOOD] * 4 + [LATE] * 3 + [MISSED])
        median = response.median_hours
        if median is not None:
            # "5.3 h" / "5,3 u" / "2.1 days": the unit in the UI's words, the decimal mark the locale's.
            span = (tr("%s h") % format_number(median, 1) if median < 48
                    else tr("%s days") % format_number(median / 24, 1))
            self.times.chart.set_subtitle(tr("Median %s; green: within a day") % span)
        else:
            self.times.chart.set_subtitle("")
        answered = sum(counts[:-1])
        self.times.set_table([tr("First response"), tr("Leads"), tr("Share")],
                             [[label, n, _pct(r.share(n, answered + response.unanswered))]
                              for label, n in zip(labels, counts)])

    def _attempts(self, attempts: r.Attempts) -> None:
        self.attempts.chart.set_data([label for label, _ in attempts.to_reply], [(tr("Leads"), FUNNEL[0])],
                                     [[n] for _, n in attempts.to_reply])
        self.attempts.chart.set_subtitle(
            tr("%s closed without a reply, %s of them before the %s planned attempts were made")
            % (format_number(attempts.closed_no_reply), format_number(attempts.closed_early),
               format_number(attempts.planned))
            if attempts.closed_no_reply else "")
        rows = [[_attempts_label(label), n] for label, n in attempts.to_reply]
        rows += [[tr("Replied, in all"), attempts.replied],
                 [tr("Closed without a reply"), attempts.closed_no_reply],
                 [tr("… before the cadence was spent"), attempts.closed_early]]
        self.attempts.set_table([tr("Before the reply"), tr("Leads")], rows)

    def _top(self, card: ReportCard, top: r.TopList, what: str, label) -> None:
        card.chart.set_rows([HBar(label(name), n, f"{format_number(n)}  ({_pct(r.share(n, top.total))})")
                             for name, n in top.rows])
        card.chart.set_subtitle(tr("%s leads; %s outside the top %s") % (format_number(top.total), format_number(top.others),
                                                                        format_number(len(top.rows))) if top.others else "")
        card.set_table([what, tr("Leads"), tr("Share")],
                       [[label(name), n, _pct(r.share(n, top.total))] for name, n in top.rows])
