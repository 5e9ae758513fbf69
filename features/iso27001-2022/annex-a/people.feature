Feature: Annex A.8 - human resources security
  The auditor samples the people register: screened before starting, terms and conditions signed,
  awareness training current, a disciplinary process in force, and for those who left: assets returned
  and accounts disabled within the allowed grace period.

  Rule: A.6.1 - each person was screened on or before their start date

    @A.6.1 @conforming
    Scenario: Everyone active was screened before or on their first day; a leaver screened late is past history
      Given these people:
        | id    | name         | startedOn  | screenedOn | leftOn     |
        | P-A   | Ada Lovelace | 2024-01-15 | 2024-01-05 |            |
        | P-B   | Alan Turing  | 2025-03-01 | 2025-03-01 |            |
        | P-OLD | Joan Clarke  | 2019-05-01 | 2019-06-15 | 2026-03-31 |
      When it is assessed on 2026-11-29
      Then there is no finding against A.6.1

    @A.6.1 @nonconforming
    Scenario: One person screened after starting, one with no screening recorded
      Given these people:
        | id     | name         | startedOn  | screenedOn |
        | P-A    | Ada Lovelace | 2024-01-15 | 2024-01-05 |
        | P-LATE | Grace Hopper | 2025-03-01 | 2025-03-10 |
        | P-UNK  | Alan Turing  | 2025-09-01 |            |
      When it is assessed on 2026-11-29
      Then the findings against A.6.1 are:
        | kind                | subject |
        | minor nonconformity | P-LATE  |
        | gap                 | P-UNK   |
      And the finding against A.6.1 about P-LATE points at $.people[1].startedOn
      And the finding against A.6.1 about P-UNK points at $.people[2].screenedOn

    @A.6.1 @nonconforming
    Scenario: No screening recorded for anyone is one gap, not one per person
      Given these people:
        | id  | name         | startedOn  |
        | P-A | Ada Lovelace | 2024-01-15 |
        | P-B | Alan Turing  | 2025-03-01 |
      When it is assessed on 2026-11-29
      Then the only finding against A.6.1 is a gap about $.people

    @A.6.1 @A.6.2 @A.6.3 @A.6.6 @A.5.10 @nonconforming
    Scenario: No people register is one gap, and the personnel checks do not run
      Given these training courses:
        | id     | title              | awareness |
        | CRS-AW | Security awareness | true      |
      And these training records:
        | id    | courseId | completedOn |
        | TR-1  | CRS-AW   | 2026-01-10  |
      When it is assessed on 2026-11-29
      Then the only finding against A.6.1 is a gap about $.people
      And there is no finding against A.6.2
      And there is no finding against A.6.3
      And there is no finding against A.6.6
      And there is no finding against A.5.10

    @A.6.1 @nonconforming
    Scenario: A person the organization states was never screened (format 1.1); a leaver never screened is past history
      Given these people:
        | id    | name         | startedOn  | screenedOn | leftOn     |
        | P-A   | Ada Lovelace | 2024-01-15 | 2024-01-05 |            |
        | P-NEW | Alan Turing  | 2026-09-01 | never      |            |
        | P-OLD | Joan Clarke  | 2019-05-01 | never      | 2026-03-31 |
      When it is assessed on 2026-11-29
      Then the findings against A.6.1 are:
        | kind                | subject |
        | minor nonconformity | P-NEW   |
      And the finding against A.6.1 about P-NEW says "has never been screened"

  Rule: A.6.2 - each person signed terms and conditions stating security responsibilities

    @A.6.2 @conforming
    Scenario: Everyone active signed; a leaver without a record is not expected to
      Given these people:
        | id    | name         | termsSignedOn | leftOn     |
        | P-A   | Ada Lovelace | 2024-01-10    |            |
        | P-B   | Alan Turing  | 2025-02-20    |            |
        | P-OLD | Joan Clarke  |               | 2026-03-31 |
      When it is assessed on 2026-11-29
      Then there is no finding against A.6.2

    @A.6.2 @nonconforming
    Scenario: A person with no signed terms recorded
      Given these people:
        | id  | name         | termsSignedOn |
        | P-A | Ada Lovelace | 2024-01-10    |
        | P-B | Alan Turing  |               |
      When it is assessed on 2026-11-29
      Then the only finding against A.6.2 is a gap about P-B
      And the finding against A.6.2 about P-B points at $.people[1].termsSignedOn

    @A.6.2 @nonconforming
    Scenario: No signed terms recorded for anyone is one gap, not one per person
      Given these people:
        | id  | name         |
        | P-A | Ada Lovelace |
        | P-B | Alan Turing  |
      When it is assessed on 2026-11-29
      Then the only finding against A.6.2 is a gap about $.people

  Rule: A.6.3 - every active person completed awareness training within its interval

    Background:
      Given these people:
        | id    | name         | leftOn     |
        | P-A   | Ada Lovelace |            |
        | P-B   | Alan Turing  |            |
        | P-C   | Grace Hopper |            |
        | P-OLD | Joan Clarke  | 2026-03-31 |
      And these training courses:
        | id      | title                        | awareness | intervalMonths |
        | CRS-AW  | Security awareness           | true      |                |
        | CRS-AW2 | Security awareness, advanced | true      | 24             |
        | CRS-SQL | Secure SQL                   | false     |                |

    @A.6.3 @conforming
    Scenario: Everyone active is current; a course's own 24 months win over the 12-month default
      Given these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-A      | CRS-AW   | 2026-03-01  |
        | TR-2 | P-B      | CRS-AW2  | 2025-02-01  |
        | TR-3 | P-C      | CRS-SQL  | 2026-01-01  |
        | TR-4 | P-C      | CRS-AW   | 2025-12-15  |
      When it is assessed on 2026-11-29
      Then there is no finding against A.6.3

    @A.6.3 @conforming
    Scenario: The organization's own awareness-training interval of 24 months
      Given the organization's own interval for awareness-training is P24M
      And these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-A      | CRS-AW   | 2025-06-01  |
        | TR-2 | P-B      | CRS-AW   | 2025-02-01  |
        | TR-3 | P-C      | CRS-AW   | 2026-01-01  |
      When it is assessed on 2026-11-29
      Then there is no finding against A.6.3

    @A.6.3 @nonconforming
    Scenario: One person's awareness training lapsed, another only took a technical course
      Given these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-A      | CRS-AW   | 2026-03-01  |
        | TR-2 | P-B      | CRS-AW   | 2024-06-01  |
        | TR-3 | P-B      | CRS-AW   | 2025-06-01  |
        | TR-4 | P-C      | CRS-SQL  | 2026-01-01  |
      When it is assessed on 2026-11-29
      Then the findings against A.6.3 are:
        | kind                | subject |
        | minor nonconformity | P-B     |
        | minor nonconformity | P-C     |
      And the finding against A.6.3 about P-B points at $.trainingRecords[2].completedOn

    @A.6.3 @nonconforming
    Scenario: An awareness course nobody has completed is one major nonconformity, not one per person
      Given these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-C      | CRS-SQL  | 2026-01-01  |
      When it is assessed on 2026-11-29
      Then the only finding against A.6.3 is a major nonconformity about $.trainingRecords

    @A.6.3 @nonconforming
    Scenario: Training courses without any awareness course
      Given the snapshot lists no training courses
      And these training courses:
        | id      | title      | awareness |
        | CRS-SQL | Secure SQL | false     |
      And these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-C      | CRS-SQL  | 2026-01-01  |
      When it is assessed on 2026-11-29
      Then the only finding against A.6.3 is a major nonconformity about $.trainingCourses

    @A.6.3 @conforming
    Scenario: A new starter within the induction period is not yet expected to have completed the course
      Given these people:
        | id    | name            | startedOn  |
        | P-NEW | Mary Somerville | 2026-11-10 |
      And these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-A      | CRS-AW   | 2026-03-01  |
        | TR-2 | P-B      | CRS-AW   | 2026-03-01  |
        | TR-3 | P-C      | CRS-AW   | 2026-03-01  |
      When it is assessed on 2026-11-29
      Then there is no finding against A.6.3

    @A.6.3 @nonconforming
    Scenario: A starter past the organization's induction period of two weeks has not completed the course
      Given the organization's own interval for induction is P14D
      And these people:
        | id    | name            | startedOn  |
        | P-NEW | Mary Somerville | 2026-11-10 |
      And these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-A      | CRS-AW   | 2026-03-01  |
        | TR-2 | P-B      | CRS-AW   | 2026-03-01  |
        | TR-3 | P-C      | CRS-AW   | 2026-03-01  |
      When it is assessed on 2026-11-29
      Then the findings against A.6.3 are:
        | kind                | subject |
        | minor nonconformity | P-NEW   |
      And the finding against A.6.3 about P-NEW says "induction period of 2 weeks"

    @A.6.3 @nonconforming
    Scenario: An induction period of six months is beyond what an auditor accepts: three months are used
      Given the organization's own interval for induction is P6M
      And these people:
        | id    | name            | startedOn  |
        | P-NEW | Mary Somerville | 2026-07-01 |
      And these training records:
        | id   | personId | courseId | completedOn |
        | TR-1 | P-A      | CRS-AW   | 2026-03-01  |
        | TR-2 | P-B      | CRS-AW   | 2026-03-01  |
        | TR-3 | P-C      | CRS-AW   | 2026-03-01  |
      When it is assessed on 2026-11-29
      Then the findings against A.6.3 are:
        | kind                | subject                  |
        | minor nonconformity | P-NEW                    |
        | minor nonconformity | $.organization.intervals |

  Rule: A.6.4 - a formal disciplinary process exists

    @A.6.4 @conforming
    Scenario: An issued disciplinary process, next to a draft of its next version
      Given these documents:
        | id         | title                       | type                 | status |
        | DOC-POL    | Security policy             | policy               | issued |
        | DOC-DISC   | Disciplinary procedure      | disciplinary-process | issued |
        | DOC-DISC-2 | Disciplinary procedure v2   | disciplinary-process | draft  |
      When it is assessed on 2026-11-29
      Then there is no finding against A.6.4

    @A.6.4 @nonconforming
    Scenario: A document register without a disciplinary process
      Given these documents:
        | id      | title           | type   | status |
        | DOC-POL | Security policy | policy | issued |
      When it is assessed on 2026-11-29
      Then the only finding against A.6.4 is a major nonconformity about $.documents

    @A.6.4 @nonconforming
    Scenario: A disciplinary process that is still a draft
      Given these documents:
        | id       | title                  | type                 | status |
        | DOC-DISC | Disciplinary procedure | disciplinary-process | draft  |
      When it is assessed on 2026-11-29
      Then the only finding against A.6.4 is a minor nonconformity about DOC-DISC

  Rule: A.5.11 - assets assigned to people who left were returned

    Background:
      Given these people:
        | id      | name         | leftOn     |
        | P-A     | Ada Lovelace |            |
        | P-OLD   | Joan Clarke  | 2026-03-31 |
        | P-TODAY | Alan Turing  | 2026-11-29 |

    @A.5.11 @conforming
    Scenario: A leaver returned their laptop; laptops of active staff and of someone leaving today are still out
      Given these assets:
        | id      | name     | type     | owner | assignedTo | returnedOn |
        | AST-LT1 | Laptop 1 | endpoint | P-A   | P-OLD      | 2026-03-31 |
        | AST-LT2 | Laptop 2 | endpoint | P-A   | P-A        |            |
        | AST-LT3 | Laptop 3 | endpoint | P-A   | P-TODAY    |            |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.11

    @A.5.11 @nonconforming
    Scenario: A laptop never returned by someone who left in March
      Given these assets:
        | id      | name     | type     | owner | assignedTo | returnedOn |
        | AST-LT1 | Laptop 1 | endpoint | P-A   | P-OLD      |            |
        | AST-LT2 | Laptop 2 | endpoint | P-A   | P-A        |            |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.11 is a minor nonconformity about AST-LT1
      And the finding against A.5.11 about AST-LT1 points at $.people[1].leftOn

  Rule: A.5.18 - accounts of people who left are disabled within the leaver grace period

    Background:
      Given these people:
        | id     | name         | leftOn     |
        | P-A    | Ada Lovelace |            |
        | P-OLD  | Joan Clarke  | 2026-03-31 |
        | P-YEST | Alan Turing  | 2026-11-28 |

    @A.5.18 @nonconforming
    Scenario: Leavers but no accounts in the snapshot is a gap
      When it is assessed on 2026-11-29
      Then the only finding against A.5.18 is a gap about $.accounts
