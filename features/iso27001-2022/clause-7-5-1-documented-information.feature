Feature: Clause 7.5.1 - the ISMS documentation
  An auditor asks for the document register and looks for each document the standard requires, in
  force (issued); then follows management decisions to the actions they led to, and the selected
  controls back to the risks they treat.

  Rule: 5.2 e) to i) - each required document is in the register and issued

    Background:
      Given these documents:
        | id        | title                           | type                       | version | status |
        | DOC-POL   | Information security policy     | policy                     | "3"     | issued |
        | DOC-OBJ   | Security objectives 2026        | objectives                 | "1"     | issued |
        | DOC-SCOPE | ISMS scope                      | scope                      | "2"     | issued |
        | DOC-PROC  | Access management procedure     | procedure                  | "1"     | issued |
        | DOC-RM    | Risk assessment methodology     | risk-methodology           | "2"     | issued |
        | DOC-RAR   | Risk assessment report 2026     | risk-assessment-report     | "1"     | issued |
        | DOC-RTP   | Risk treatment plan 2026        | risk-treatment-plan        | "1"     | issued |
        | DOC-MEAS  | Measuring control effectiveness | measurement-procedure      | "1"     | issued |
        | DOC-REC   | Register of records             | record-register            | "1"     | issued |
        | DOC-SOA   | Statement of Applicability      | statement-of-applicability | "4"     | issued |
        | DOC-MON   | Security monitoring procedure   | monitoring-procedure       | "1"     | issued |

    @7.5.1.a @conforming
    Scenario: The records are documented as record types without a register document
      Given document DOC-REC is not in the register
      And these record types:
        | id     | name                     | evidenceOf |
        | REC-MR | Management review minutes | 7.1       |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.5.1.a

    @8.2.documented @9.1.documented @conforming
    Scenario: The risk assessment report and the measurement and monitoring procedures are in the register and issued
      When it is assessed on 2026-11-29
      Then there is no finding against 8.2.documented
      And there is no finding against 9.1.documented

    @nonconforming
    Scenario Outline: A documentation set without <document>
      Given document <id> is not in the register
      When it is assessed on 2026-11-29
      Then the only finding against <requirement> is a major nonconformity about $.documents

      @6.2.g
      Examples: policy and objectives
        | document                 | id      | requirement |
        | the security objectives  | DOC-OBJ | 6.2.g     |

      @8.2.documented
      Examples: risk assessment report
        | document                   | id      | requirement |
        | the risk assessment report | DOC-RAR | 8.2.documented     |

      @6.1.3.documented
      Examples: treatment plan
        | document                | id      | requirement |
        | the risk treatment plan | DOC-RTP | 6.1.3.documented     |

      @9.1.documented
      Examples: measurement procedure
        | document                  | id       | requirement |
        | the measurement procedure | DOC-MEAS | 9.1.documented     |

    @9.1.documented @nonconforming
    Scenario: The documentation set has no monitoring procedure
      Given document DOC-MON is not in the register
      When it is assessed on 2026-11-29
      Then the findings against 9.1.documented are:
        | kind                | subject     |
        | minor nonconformity | $.documents |
      And the finding against 9.1.documented about $.documents says "monitoring"

    @6.2.g @nonconforming
    Scenario: Objectives listed in the snapshot but not in a controlled document
      Given document DOC-OBJ is not in the register
      And these objectives:
        | id    | description                                  |
        | OBJ-1 | No more than two high incidents a year       |
      When it is assessed on 2026-11-29
      Then the only finding against 6.2.g is a major nonconformity about $.documents

    @nonconforming
    Scenario Outline: <document> exists only as a draft
      Given document <id> is a draft
      When it is assessed on 2026-11-29
      Then the only finding against <requirement> is a minor nonconformity about <id>
      And the finding against <requirement> about <id> points at <path>

      @6.2.g
      Examples: policy and objectives
        | document                | id      | requirement | path                  |
        | The security objectives | DOC-OBJ | 6.2.g     | $.documents[1].status |

      @8.2.documented
      Examples: risk assessment report
        | document                   | id      | requirement | path                  |
        | The risk assessment report | DOC-RAR | 8.2.documented     | $.documents[5].status |

      @6.1.3.documented
      Examples: treatment plan
        | document                | id      | requirement | path                  |
        | The risk treatment plan | DOC-RTP | 6.1.3.documented     | $.documents[6].status |

      @9.1.documented
      Examples: measurement procedure
        | document                  | id       | requirement | path                  |
        | The measurement procedure | DOC-MEAS | 9.1.documented     | $.documents[7].status |

  Rule: 7.5.1 - without a document register there is one finding, not one per required document

  Rule: 7.5.1.b - management decisions are recorded and actions trace back to them

    Background:
      Given these people:
        | id    | name         | jobTitle    | management |
        | P-CEO | Ada Lovelace | CEO         | true       |
        | P-OPS | Grace Hopper | Head of Ops | false      |

    @7.5.1.b @conforming
    Scenario: Decisions are recorded and every action names where it comes from
      Given these management decisions:
        | id    | kind               | decidedBy | decidedOn  | description                          |
        | MD-1  | isms-authorization | P-CEO     | 2026-01-15 |                                      |
        | MD-2  | other              | P-CEO     | 2026-03-02 | Move the payroll service to AWS      |
      And these treatment plan items:
        | id   | action                   | owner | sourceIds    |
        | TP-1 | Patch servers within 14d | P-OPS | [MD-1, R-12] |
      And these corrective and preventive actions:
        | id   | type       | source         | sourceId | owner |
        | CA-1 | corrective | internal-audit | AF-3     | P-OPS |
      And these improvements:
        | id    | source            | sourceId | description               |
        | IMP-1 | management-review | MR-2026  | Automate access reviews   |
      When it is assessed on 2026-11-29
      Then there is no finding against 7.5.1.b

    @7.5.1.b @nonconforming
    Scenario: An incomplete decision record and actions that name no source
      Given these management decisions:
        | id    | kind               | decidedBy | decidedOn  | description |
        | MD-1  | isms-authorization | P-CEO     | 2026-01-15 |             |
        | MD-2  | other              | P-CEO     |            |             |
      And these treatment plan items:
        | id   | action                   | owner | sourceIds |
        | TP-1 | Patch servers within 14d | P-OPS | [MD-1]    |
        | TP-2 | Encrypt laptops          | P-OPS |           |
      And these corrective and preventive actions:
        | id   | type       | source         | sourceId | owner |
        | CA-1 | corrective | internal-audit | AF-3     | P-OPS |
        | CA-2 | corrective | incident       |          | P-OPS |
      And these improvements:
        | id    | source            | sourceId | description             |
        | IMP-1 | management-review | MR-2026  | Automate access reviews |
        | IMP-2 | other             |          | Single sign-on          |
      When it is assessed on 2026-11-29
      Then the findings against 7.5.1.b are:
        | kind                | subject |
        | minor nonconformity | MD-2    |
        | minor nonconformity | TP-2    |
        | minor nonconformity | CA-2    |
        | minor nonconformity | IMP-2   |
      And the finding against 7.5.1.b about MD-2 points at $.decisions[1].decidedOn
      And the finding against 7.5.1.b about MD-2 points at $.decisions[1].description
      And the finding against 7.5.1.b about TP-2 points at $.treatmentPlan[1].sourceIds

    @7.5.1.b @nonconforming
    Scenario: An empty list of management decisions
      Given the snapshot lists no management decisions
      When it is assessed on 2026-11-29
      Then the only finding against 7.5.1.b is a major nonconformity about $.decisions

  Rule: 6.1.3.b - each selected control traces back to a risk or a stated requirement

    Background:
      Given these risks:
        | id   | threat     | treatment      | controls   |
        | R-12 | Ransomware | apply-controls | [A.8.13] |

    @6.1.3.b @conforming
    Scenario: Selected controls linked through the SoA or through the risks' controls
      Given these SoA entries:
        | control  | applicable | reason             | riskIds | requirementIds | justification       |
        | A.8.13 | true       | Back-ups           |         |                |                     |
        | A.8.8 | true       | Patching           | [R-12]  |                |                     |
        | A.5.34 | true       | Personal data      |         | [LR-GDPR]      |                     |
        | A.7.2  | false      |                    |         |                | No loading areas    |
      When it is assessed on 2026-11-29
      Then there is no finding against 6.1.3.b

    @6.1.3.b @nonconforming
    Scenario: A selected control that no risk or requirement calls for
      Given these SoA entries:
        | control  | applicable | reason             | riskIds | requirementIds | justification    |
        | A.8.13 | true       | Back-ups           |         |                |                  |
        | A.8.8 | true       | Patching           | [R-12]  |                |                  |
        | A.6.7 | true       | Good practice      |         |                |                  |
        | A.7.2  | false      |                    |         |                | No loading areas |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.3.b is a minor nonconformity about A.6.7
      And the finding against 6.1.3.b about A.6.7 points at $.statementOfApplicability.entries[2].riskIds

    @6.1.3.b @nonconforming
    Scenario: No selected control is linked to anything is one major nonconformity
      Given these SoA entries:
        | control  | applicable | reason        |
        | A.5.1  | true       | Good practice |
        | A.6.7 | true       | Good practice |
        | A.8.8 | true       | Good practice |
      When it is assessed on 2026-11-29
      Then the only finding against 6.1.3.b is a major nonconformity about SOA
