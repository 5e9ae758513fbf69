Feature: Annex A - evidence behind a control declared implemented
  The catalogue's evidence table (annex-a.json "evidence", docs/catalogue.md) says what evidences each control.
  A control whose basis is a dated record and that the Statement of Applicability declares implemented (or
  partly implemented) has an activity of the record's kind naming it (controlIds) within its interval: an
  interval topic of config/intervals.json where one fits, else the months of the table. A control that is itself a
  documentation requirement has an issued document of its type naming it. Otherwise the declaration is a gap
  against the control ("declared, not evidenced"). Controls judged by their own data checks are not reported
  again, and a control selected but only planned is the treatment plan's business, not this check's.

  Background:
    Given these people:
      | id     | name         | jobTitle    | management |
      | P-CISO | Ada Lovelace | CISO        | true       |
      | P-OPS  | Grace Hopper | Head of Ops | false      |

  Rule: A control declared implemented has a dated record of it operating within its interval

    @A.8.15 @A.7.1 @A.8.13 @conforming
    Scenario: Records within their intervals, a control only planned, and a control judged by its own data check
      # A.6.1.2 is only planned: no record is asked for yet. A.8.13 is judged by the backup checks, not here.
      Given these SoA entries:
        | control   | applicable | reason   | status      | owner  | effectivenessMeasure     |
        | A.8.15 | true       | risk R-1 | implemented | P-OPS  | alerts triaged per month |
        | A.7.1   | true       | risk R-1 | partial     | P-OPS  | perimeter inspections    |
        | A.8.13  | true       | risk R-1 | implemented | P-OPS  | restores tested          |
      And these activities:
        | id      | kind         | performedOn | performedBy | controlIds  | outcome         |
        | ACT-LR1 | log-review   | 2026-06-01  | P-OPS       | [A.8.15] | no anomaly      |
        | ACT-LR2 | log-review   | 2026-09-15  | P-OPS       | [A.8.15] | no anomaly      |
        | ACT-CT  | control-test | 2025-12-01  | P-OPS       | [A.7.1]   | doors and locks |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises no finding against A.8.15
      And the Statement of Applicability raises no finding against A.7.1
      And the Statement of Applicability raises no finding against A.6.1.2
      And the Statement of Applicability raises no finding against A.8.13

    @A.7.1 @conforming
    Scenario: Without an activities section, its root gap stands for the records and no control is reported
      Given these SoA entries:
        | control | applicable | reason   | status      | owner | effectivenessMeasure  |
        | A.7.1 | true       | risk R-1 | implemented | P-OPS | perimeter inspections |
      When it is assessed on 2026-11-29
      Then it has a gap against 9.1.a about $.activities
      And the Statement of Applicability raises no finding against A.7.1

  Rule: A control that is itself a documentation requirement, declared implemented, has its document issued

    @A.5.15 @A.8.24 @nonconforming
    Scenario: An access control policy still in draft, and a topic policy that does not name the control
      Given these SoA entries:
        | control  | applicable | reason   | status      | owner  | effectivenessMeasure |
        | A.5.15 | true       | risk R-1 | implemented | P-CISO | policy reviewed      |
        | A.8.24 | true       | risk R-1 | implemented | P-CISO | policy reviewed      |
      And these documents:
        | id      | title                 | type                  | status | controlIds |
        | DOC-ACP | Access control policy | access-control-policy | draft  | [A.5.15] |
        | DOC-AUP | Acceptable use policy | topic-policy          | issued | [A.5.10]  |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises only a gap against A.5.15, naming "no issued access control policy names it"
      And the Statement of Applicability raises only a gap against A.8.24, naming "no issued topic policy names it"

    @A.5.15 @A.8.24 @conforming
    Scenario: Issued policies naming the controls they document
      Given these SoA entries:
        | control  | applicable | reason   | status      | owner  | effectivenessMeasure |
        | A.5.15 | true       | risk R-1 | implemented | P-CISO | policy reviewed      |
        | A.8.24 | true       | risk R-1 | partial     | P-CISO | policy reviewed      |
      And these documents:
        | id      | title                      | type                  | status | controlIds |
        | DOC-ACP | Access control policy      | access-control-policy | issued | [A.5.15] |
        | DOC-CRY | Policy on cryptography use | topic-policy          | issued | [A.8.24] |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises no finding against A.5.15
      And the Statement of Applicability raises no finding against A.8.24

  Rule: Records name real Annex A controls

    @A.8.15 @nonconforming
    Scenario: An activity naming a control the edition does not have is rejected
      Given these activities:
        | id     | kind       | performedOn | controlIds |
        | ACT-LR | log-review | 2026-10-01  | [A.10.10.9] |
      When it is assessed on 2026-11-29
      Then the snapshot is rejected at $.activities[0].controlIds[0] with a message containing "A.10.10.9"
