Feature: Annex A.13 - incident management: reporting events, procedures and responsibilities, lessons learned, evidence

  Background:
    Given these people:
      | id    | name         | jobTitle         |
      | P-SEC | Alan Turing  | Security manager |
      | P-OPS | Grace Hopper | Head of IT       |

  Rule: A.6.8 - security events are reported through management channels in time (24 hours by default)

    @A.6.8 @conforming
    Scenario: Events reported to the security manager within a day, across a time zone
      Given these incidents:
        | id    | title            | detectedAt                | reportedAt                | reportedTo |
        | INC-1 | Phishing e-mail  | 2026-03-01T09:30:00Z      | 2026-03-01T10:00:00Z      | P-SEC      |
        | INC-2 | Lost laptop      | 2026-04-10T18:00:00+02:00 | 2026-04-11T15:59:00Z      | P-SEC      |
      When it is assessed on 2026-11-29
      Then there is no finding against A.6.8

    @A.6.8 @nonconforming
    Scenario: An event reported after two days, and one whose report is not recorded
      Given these incidents:
        | id    | title           | detectedAt           | reportedAt           | reportedTo |
        | INC-1 | Malware alert   | 2026-03-01T09:30:00Z | 2026-03-03T09:30:00Z | P-SEC      |
        | INC-2 | Stolen badge    | 2026-04-10T08:00:00Z | 2026-04-10T09:00:00Z |            |
        | INC-3 | Phishing e-mail | 2026-05-01T08:00:00Z | 2026-05-01T09:00:00Z | P-SEC      |
      When it is assessed on 2026-11-29
      Then the findings against A.6.8 are:
        | kind                | subject |
        | minor nonconformity | INC-1   |
        | gap                 | INC-2   |
      And the finding against A.6.8 about INC-1 points at $.incidents[0].reportedAt
      And the finding against A.6.8 about INC-2 points at $.incidents[1].reportedTo

    @A.6.8 @conforming
    Scenario: The organization's own reporting time wins over the default
      Given the organization's own interval for incident-reporting is P3D
      And these incidents:
        | id    | title         | detectedAt           | reportedAt           | reportedTo |
        | INC-1 | Malware alert | 2026-03-01T09:30:00Z | 2026-03-03T09:30:00Z | P-SEC      |
      When it is assessed on 2026-11-29
      Then there is no finding against A.6.8

    @A.6.8 @nonconforming
    Scenario: No incidents in the snapshot is a gap for event reporting
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.6.8 is a gap about $.incidents

  Rule: A.5.24 - incident responsibilities and procedures exist

    @A.5.24 @conforming
    Scenario: An issued incident procedure (next to an old obsolete one) and an incident manager role
      Given these documents:
        | id      | title                      | type               | status   |
        | DOC-IR1 | Incident procedure v1      | incident-procedure | obsolete |
        | DOC-IR2 | Incident procedure v2      | incident-procedure | issued   |
      And these security roles:
        | id       | name                      | responsibilities                 |
        | ROLE-ISM | Security manager          | Runs the ISMS                    |
        | ROLE-IRM | Security incident manager | Coordinates the response         |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.24

    @A.5.24 @nonconforming
    Scenario: Only a draft incident procedure, and no role responsible for incidents
      Given these documents:
        | id      | title                 | type               | status |
        | DOC-IR1 | Incident procedure    | incident-procedure | draft  |
        | DOC-POL | Security policy       | policy             | issued |
      And these security roles:
        | id       | name             | responsibilities      |
        | ROLE-ISM | Security manager | Runs the ISMS         |
      When it is assessed on 2026-11-29
      Then the findings against A.5.24 are:
        | kind                | subject |
        | minor nonconformity | DOC-IR1 |
        | minor nonconformity | $.roles |
      And the finding against A.5.24 about DOC-IR1 points at $.documents[0].status

    @A.5.24 @nonconforming
    Scenario: A document register without an incident procedure is a major nonconformity
      Given these documents:
        | id      | title           | type   | status |
        | DOC-POL | Security policy | policy | issued |
      When it is assessed on 2026-11-29
      Then the only finding against A.5.24 is a major nonconformity about $.documents

    @A.5.24 @nonconforming
    Scenario: No documents in the snapshot is a gap for incident procedures
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.5.24 is a gap about $.documents

  Rule: A.5.27 - lessons are learned from significant incidents

    @A.5.27 @conforming
    Scenario: Closed significant incidents with lessons learned; an open one and a minor one need none yet
      Given these incidents:
        | id    | title          | significant | status | closedOn   | lessonsLearned                   |
        | INC-1 | Ransomware     | true        | closed | 2026-05-01 | Segment backups from the domain  |
        | INC-2 | Data leak      | true        | open   |            |                                  |
        | INC-3 | Spam wave      | false       | closed | 2026-06-01 |                                  |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.27

    @A.5.27 @nonconforming
    Scenario: Closed significant incidents with no or blank lessons learned
      Given these incidents:
        | id    | title      | significant | status | closedOn   | lessonsLearned                  |
        | INC-1 | Ransomware | true        | closed | 2026-05-01 |                                 |
        | INC-2 | Data leak  | true        | closed | 2026-07-01 | "  "                            |
        | INC-3 | DDoS       | true        | closed | 2026-08-01 | Contract a scrubbing service    |
      When it is assessed on 2026-11-29
      Then the findings against A.5.27 are:
        | kind                | subject |
        | minor nonconformity | INC-1   |
        | minor nonconformity | INC-2   |
      And the finding against A.5.27 about INC-1 points at $.incidents[0].lessonsLearned

    @A.5.27 @nonconforming
    Scenario: No incidents in the snapshot is a gap for learning from incidents
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.5.27 is a gap about $.incidents

  Rule: A.5.28 - evidence is preserved where legal action may follow

    @A.5.28 @conforming
    Scenario: Evidence preserved where legal action is possible; other incidents need not say
      Given these incidents:
        | id    | title          | legalActionPossible | evidencePreserved |
        | INC-1 | Insider theft  | true                | true              |
        | INC-2 | Spam wave      | false               |                   |
        | INC-3 | Lost phone     |                     | false             |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.28

    @A.5.28 @nonconforming
    Scenario: Evidence not preserved, and not stated, for incidents that may go to court
      Given these incidents:
        | id    | title          | legalActionPossible | evidencePreserved |
        | INC-1 | Insider theft  | true                | false             |
        | INC-2 | Fraud attempt  | true                |                   |
        | INC-3 | Extortion mail | true                | true              |
      When it is assessed on 2026-11-29
      Then the findings against A.5.28 are:
        | kind                | subject |
        | minor nonconformity | INC-1   |
        | gap                 | INC-2   |
      And the finding against A.5.28 about INC-1 points at $.incidents[0].evidencePreserved

    @A.5.28 @nonconforming
    Scenario: No incidents in the snapshot is a gap for evidence collection
      Given an organization
      When it is assessed on 2026-11-29
      Then the only finding against A.5.28 is a gap about $.incidents

  Rule: A.5.25 - each security event is assessed: its category and severity are decided

    @A.5.25 @conforming
    Scenario: Every recorded event carries its category and severity
      Given these incidents:
        | id    | title           | severity | category            |
        | INC-1 | Phishing e-mail | low      | phishing            |
        | INC-2 | Stolen badge    | medium   | unauthorized-access |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.25

    @A.5.25 @nonconforming
    Scenario: An event without severity and one without category
      Given these incidents:
        | id    | title           | severity | category |
        | INC-1 | Phishing e-mail |          | phishing |
        | INC-2 | Malware alert   | high     |          |
        | INC-3 | Lost laptop     | medium   | lost-or-stolen-device |
      When it is assessed on 2026-11-29
      Then the findings against A.5.25 are:
        | kind                | subject |
        | minor nonconformity | INC-1   |
        | gap                 | INC-2   |
      And the finding against A.5.25 about INC-1 points at $.incidents[0].severity

  Rule: A.5.26 - each incident is closed, or open with an owner and a response under way

    @A.5.26 @conforming
    Scenario: Closed incidents, and an open one with its owner and response
      Given these incidents:
        | id    | title           | status | closedOn   | owner | response                        |
        | INC-1 | Phishing e-mail | closed | 2026-03-02 |       |                                 |
        | INC-2 | Malware alert   | open   |            | P-OPS | host isolated, image being wiped |
      When it is assessed on 2026-11-29
      Then there is no finding against A.5.26

    @A.5.26 @nonconforming
    Scenario: An open incident nobody handles, and one with no response recorded
      Given these incidents:
        | id    | title         | status | owner | response        |
        | INC-1 | Malware alert | open   |       | host isolated   |
        | INC-2 | Stolen badge  | open   | P-SEC |                 |
      When it is assessed on 2026-11-29
      Then the findings against A.5.26 are:
        | kind                | subject |
        | gap                 | INC-1   |
        | minor nonconformity | INC-2   |
      And the finding against A.5.26 about INC-2 points at $.incidents[1].response
