//! Reporting periods from the plan period and the reporting frequency of its Monitoring set-up.

use std::collections::BTreeMap;

use jiff::ToSpan;
use jiff::civil::Date;

use super::ReportingPeriod;
use crate::plan::{Frequency, Period};

/// Days after a period ends that implementers' reports are due (Moldova: 15 July, 15 January).
const DAYS_TO_REPORT: i32 = 15;

/// The periods a plan reports in, first to last: `2027-H1`, `2027-H2`, ... for six-monthly
/// reporting; yearly (`2027`) when no frequency is set. Years a date cannot hold are skipped.
pub fn derive_periods(period: Period, reporting: Option<Frequency>) -> Vec<ReportingPeriod> {
    let (first, last) = period.bounds();
    let years = || (first..=last).filter_map(|y| i16::try_from(y).ok().filter(|y| *y <= 9998));
    match reporting.unwrap_or(Frequency::Annually) {
        Frequency::Monthly => years()
            .flat_map(|y| (1..=12).filter_map(move |m| months(y, m, m, format!("{y}-{m:02}"))))
            .collect(),
        Frequency::Quarterly => years()
            .flat_map(|y| {
                (1..=4).filter_map(move |q| months(y, 3 * q - 2, 3 * q, format!("{y}-Q{q}")))
            })
            .collect(),
        Frequency::SixMonthly => years()
            .flat_map(|y| {
                [(1, 6, "H1"), (7, 12, "H2")]
                    .into_iter()
                    .filter_map(move |(a, b, h)| months(y, a, b, format!("{y}-{h}")))
            })
            .collect(),
        Frequency::Annually => years().filter_map(|y| span(y, y)).collect(),
        Frequency::Biennially => {
            let starts: Vec<i16> = years().step_by(2).collect();
            let end = years().next_back();
            starts.iter().filter_map(|&y| span(y, end.map_or(y, |e| e.min(y + 1)))).collect()
        }
        Frequency::EndOfPlan => years()
            .next()
            .zip(years().next_back())
            .and_then(|(a, b)| span(a, b))
            .into_iter()
            .collect(),
    }
}

/// Months `a` to `b` of `year` as one period.
fn months(year: i16, a: i8, b: i8, id: String) -> Option<ReportingPeriod> {
    let from = Date::new(year, a, 1).ok()?;
    let to = Date::new(year, b, 1).ok()?.last_of_month();
    Some(new_period(id, from, to))
}

/// Whole years `a` to `b`, named `2027` or `2027-2028`.
fn span(a: i16, b: i16) -> Option<ReportingPeriod> {
    let id = if a == b { a.to_string() } else { format!("{a}-{b}") };
    Some(new_period(id, Date::new(a, 1, 1).ok()?, Date::new(b, 12, 31).ok()?))
}

fn new_period(id: String, from: Date, to: Date) -> ReportingPeriod {
    ReportingPeriod { id, from, to, due: due_after(to), closed: false, reports: BTreeMap::new() }
}

/// When reports for a period ending on `to` are due.
pub fn due_after(to: Date) -> Date {
    to.checked_add(DAYS_TO_REPORT.days()).unwrap_or(to)
}

/// The period a date falls in, if any.
pub fn period_of(periods: &[ReportingPeriod], date: Date) -> Option<&ReportingPeriod> {
    periods.iter().find(|p| p.from <= date && date <= p.to)
}

#[cfg(test)]
mod tests {
    use jiff::civil::date;

    use super::*;

    const PLAN: Period = Period { first: 2027, last: 2030 };

    fn ids(periods: &[ReportingPeriod]) -> Vec<&str> {
        periods.iter().map(|p| p.id.as_str()).collect()
    }

    #[test]
    fn six_monthly_reporting_gives_two_halves_a_year_due_on_the_fifteenth() {
        let periods = derive_periods(PLAN, Some(Frequency::SixMonthly));
        assert_eq!(ids(&periods)[..3], ["2027-H1", "2027-H2", "2028-H1"]);
        assert_eq!(periods.len(), 8);
        assert_eq!((periods[0].from, periods[0].to), (date(2027, 1, 1), date(2027, 6, 30)));
        assert_eq!(periods[0].due, date(2027, 7, 15));
        assert_eq!(periods[1].due, date(2028, 1, 15));
    }

    #[test]
    fn every_frequency_covers_the_plan_period_without_gaps() {
        for f in Frequency::ALL.map(Some).into_iter().chain([None]) {
            let periods = derive_periods(PLAN, f);
            assert_eq!(periods.first().unwrap().from, date(2027, 1, 1), "{f:?}");
            assert_eq!(periods.last().unwrap().to, date(2030, 12, 31), "{f:?}");
            for pair in periods.windows(2) {
                assert_eq!(pair[0].to.tomorrow().unwrap(), pair[1].from, "{f:?}");
            }
        }
    }

    #[test]
    fn ids_say_the_part_of_the_year() {
        assert_eq!(ids(&derive_periods(PLAN, None)), ["2027", "2028", "2029", "2030"]);
        assert_eq!(
            ids(&derive_periods(PLAN, Some(Frequency::Quarterly)))[..2],
            ["2027-Q1", "2027-Q2"]
        );
        assert_eq!(ids(&derive_periods(PLAN, Some(Frequency::Monthly)))[11], "2027-12");
        let odd = Period { first: 2027, last: 2029 };
        assert_eq!(ids(&derive_periods(odd, Some(Frequency::Biennially))), ["2027-2028", "2029"]);
        assert_eq!(ids(&derive_periods(PLAN, Some(Frequency::EndOfPlan))), ["2027-2030"]);
    }

    #[test]
    fn a_reversed_or_huge_period_never_panics() {
        let reversed = Period { first: 2030, last: 2027 };
        assert_eq!(derive_periods(reversed, None).len(), 4);
        let huge = Period { first: 9990, last: 65535 };
        assert_eq!(derive_periods(huge, Some(Frequency::Monthly)).len(), 9 * 12);
    }

    #[test]
    fn a_date_falls_in_the_period_that_holds_it() {
        let periods = derive_periods(PLAN, Some(Frequency::SixMonthly));
        assert_eq!(period_of(&periods, date(2027, 6, 30)).unwrap().id, "2027-H1");
        assert_eq!(period_of(&periods, date(2027, 7, 1)).unwrap().id, "2027-H2");
        assert!(period_of(&periods, date(2031, 1, 1)).is_none());
    }
}
