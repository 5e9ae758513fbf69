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

    @A.10.10.2 @A.9.1.1 @A.6.1.2 @nonconforming
    Scenario: A log review older than the monitoring interval, and a physical control never tested
      # A.10.10.2 needs a log review within the 'monitoring' interval (3 months): the last was in June.
      # A.9.1.1 needs a control test within 12 months: none names it. A.6.1.2 has its record in time.
      Given these SoA entries:
        | control   | applicable | reason        | status      | owner  | effectivenessMeasure     |
        | A.10.10.2 | true       | risk R-1      | implemented | P-OPS  | alerts triaged per month |
        | A.9.1.1   | true       | risk R-1      | implemented | P-OPS  | perimeter inspections    |
        | A.6.1.2   | true       | risk R-1      | partial     | P-CISO | meetings held            |
      And these activities:
        | id     | kind              | performedOn | performedBy | controlIds  | outcome              |
        | ACT-LR | log-review        | 2026-06-01  | P-OPS       | [A.10.10.2] | no anomaly           |
        | ACT-CO | control-operation | 2026-10-01  | P-CISO      | [A.6.1.2]   | forum met, minutes   |
        | ACT-MN | monitoring        | 2026-11-01  | P-OPS       | [A.9.1.1]   | quarterly monitoring |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises only a gap against A.10.10.2, naming "no log review record shows it operating since 2026-06-01"
      And the finding against A.10.10.2 about A.10.10.2 points at $.activities[0].performedOn
      And the Statement of Applicability raises only a gap against A.9.1.1, naming "no control test record shows it operating"
      And the Statement of Applicability raises no finding against A.6.1.2

    @A.10.10.2 @A.9.1.1 @A.6.1.2 @A.10.5.1 @conforming
    Scenario: Records within their intervals, a control only planned, and a control judged by its own data check
      # A.6.1.2 is only planned: no record is asked for yet. A.10.5.1 is judged by the backup checks, not here.
      Given these SoA entries:
        | control   | applicable | reason   | status      | owner  | effectivenessMeasure     |
        | A.10.10.2 | true       | risk R-1 | implemented | P-OPS  | alerts triaged per month |
        | A.9.1.1   | true       | risk R-1 | partial     | P-OPS  | perimeter inspections    |
        | A.6.1.2   | true       | risk R-1 | planned     | P-CISO | meetings held            |
        | A.10.5.1  | true       | risk R-1 | implemented | P-OPS  | restores tested          |
      And these activities:
        | id      | kind         | performedOn | performedBy | controlIds  | outcome         |
        | ACT-LR1 | log-review   | 2026-06-01  | P-OPS       | [A.10.10.2] | no anomaly      |
        | ACT-LR2 | log-review   | 2026-09-15  | P-OPS       | [A.10.10.2] | no anomaly      |
        | ACT-CT  | control-test | 2025-12-01  | P-OPS       | [A.9.1.1]   | doors and locks |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises no finding against A.10.10.2
      And the Statement of Applicability raises no finding against A.9.1.1
      And the Statement of Applicability raises no finding against A.6.1.2
      And the Statement of Applicability raises no finding against A.10.5.1

    @A.10.10.4 @nonconforming
    Scenario: The organization's own monitoring interval decides how recent a log review must be
      # The organization reviews logs monthly (its own 'monitoring' interval of P1M): a review eight weeks old is late.
      Given the organization's own interval for monitoring is P1M
      And these SoA entries:
        | control   | applicable | reason   | status      | owner | effectivenessMeasure    |
        | A.10.10.4 | true       | risk R-1 | implemented | P-OPS | admin actions reviewed  |
      And these activities:
        | id     | kind       | performedOn | performedBy | controlIds  |
        | ACT-LR | log-review | 2026-10-01  | P-OPS       | [A.10.10.4] |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises only a gap against A.10.10.4, naming "no log review record shows it operating since 2026-10-01"
      And the finding against A.10.10.4 about A.10.10.4 says "the next was due by 2026-11-01"

    @A.9.1.1 @conforming
    Scenario: Without an activities section, its root gap stands for the records and no control is reported
      Given these SoA entries:
        | control | applicable | reason   | status      | owner | effectivenessMeasure  |
        | A.9.1.1 | true       | risk R-1 | implemented | P-OPS | perimeter inspections |
      When it is assessed on 2026-11-29
      Then it has a gap against 4.2.3.a.1 about $.activities
      And the Statement of Applicability raises no finding against A.9.1.1

  Rule: A control that is itself a documentation requirement, declared implemented, has its document issued

    @A.11.1.1 @A.12.3.1 @nonconforming
    Scenario: An access control policy still in draft, and a topic policy that does not name the control
      Given these SoA entries:
        | control  | applicable | reason   | status      | owner  | effectivenessMeasure |
        | A.11.1.1 | true       | risk R-1 | implemented | P-CISO | policy reviewed      |
        | A.12.3.1 | true       | risk R-1 | implemented | P-CISO | policy reviewed      |
      And these documents:
        | id      | title                 | type                  | status | controlIds |
        | DOC-ACP | Access control policy | access-control-policy | draft  | [A.11.1.1] |
        | DOC-AUP | Acceptable use policy | topic-policy          | issued | [A.7.1.3]  |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises only a gap against A.11.1.1, naming "no issued access control policy names it"
      And the Statement of Applicability raises only a gap against A.12.3.1, naming "no issued topic policy names it"

    @A.11.1.1 @A.12.3.1 @conforming
    Scenario: Issued policies naming the controls they document
      Given these SoA entries:
        | control  | applicable | reason   | status      | owner  | effectivenessMeasure |
        | A.11.1.1 | true       | risk R-1 | implemented | P-CISO | policy reviewed      |
        | A.12.3.1 | true       | risk R-1 | partial     | P-CISO | policy reviewed      |
      And these documents:
        | id      | title                      | type                  | status | controlIds |
        | DOC-ACP | Access control policy      | access-control-policy | issued | [A.11.1.1] |
        | DOC-CRY | Policy on cryptography use | topic-policy          | issued | [A.12.3.1] |
      When it is assessed on 2026-11-29
      Then the Statement of Applicability raises no finding against A.11.1.1
      And the Statement of Applicability raises no finding against A.12.3.1

  Rule: Records name real Annex A controls

    @A.10.10.2 @nonconforming
    Scenario: An activity naming a control the edition does not have is rejected
      Given these activities:
        | id     | kind       | performedOn | controlIds |
        | ACT-LR | log-review | 2026-10-01  | [A.10.10.9] |
      When it is assessed on 2026-11-29
      Then the snapshot is rejected at $.activities[0].controlIds[0] with a message containing "A.10.10.9"
