namespace LiveSales.Api.Tests.Schema;

/// <summary>The schema of API.md, word for word: the public contract every name must keep.</summary>
internal static class ApiContract
{
    public const string Sdl = """
        enum Role { ADMIN MANAGER REP WALLBOARD }
        enum Channel { CALL VISIT EMAIL MEETING MESSAGE }
        enum LeadStatus { NEW ASSIGNED CONTACTED QUALIFIED CONVERTED DISQUALIFIED }

        type Session { token: String! expiresAt: DateTime! user: User! }
        type User { id: ID! email: String! name: String! role: Role! team: Team active: Boolean!
                    region: String industries: [String!]! }
        type Team { id: ID! name: String! manager: User members: [User!]! }
        type PoolRules { returnAfterNoFollowUp: Duration returnAfterNoDeal: Duration
                         remindBefore: [Duration!]! exemptWon: Boolean! exemptOpenOpportunity: Boolean!
                         claimLimitPerDay: Int formerOwnerCooldown: Duration maxOwnedPerRep: Int }
        type Pool { id: ID! name: String! rules: PoolRules! customers(first: Int, after: String): CustomerConnection! }
        type Customer { id: ID! name: String! region: String industry: String tier: String
                        owner: User pool: Pool inPool: Boolean! locked: Boolean! won: Boolean!
                        lastFollowUpAt: DateTime nextFollowUpAt: DateTime returnsToPoolAt: DateTime
                        followUps(first: Int, after: String): FollowUpConnection!
                        history: [OwnershipChange!]! }
        type OwnershipChange { at: DateTime! from: User to: User kind: String! reason: String }
        type FollowUp { id: ID! at: DateTime! by: User! channel: Channel! summary: String!
                        nextFollowUpAt: DateTime customer: Customer lead: Lead opportunity: Opportunity }
        type Lead { id: ID! name: String! company: String source: String region: String industry: String
                    status: LeadStatus! owner: User pool: Pool lastFollowUpAt: DateTime }
        type Opportunity { id: ID! name: String! customer: Customer! owner: User! stage: String!
                           amount: Decimal! probability: Int! status: String! lastFollowUpAt: DateTime }

        type Query {
          me: User!
          user(id: ID!): User           users(first: Int, after: String): UserConnection!
          team(id: ID!): Team           pools: [Pool!]!          pool(id: ID!): Pool
          customer(id: ID!): Customer   customers(where: CustomerFilter, first: Int, after: String): CustomerConnection!
          lead(id: ID!): Lead           leads(where: LeadFilter, first: Int, after: String): LeadConnection!
          opportunity(id: ID!): Opportunity
        }
        type Mutation {
          login(email: String!, password: String!): Session!
          createTeam(input: CreateTeamInput!): Team!
          createUser(input: CreateUserInput!): User!
          createPool(input: CreatePoolInput!): Pool!
          updatePoolRules(poolId: ID!, rules: PoolRulesInput!): Pool!
          createCustomer(input: CreateCustomerInput!): Customer!
          assignCustomer(id: ID!, ownerId: ID!): Customer!
          claimCustomer(id: ID!): Customer!
          releaseCustomer(id: ID!, reason: String): Customer!
          logFollowUp(input: LogFollowUpInput!): FollowUp!
          createLead(input: CreateLeadInput!): Lead!
          convertLead(id: ID!, input: ConvertLeadInput): Customer!
          createOpportunity(input: CreateOpportunityInput!): Opportunity!
        }
        """;
}
