using System.ComponentModel;
using System.Globalization;
using LiveSales.GraphQL.Builders;
using LiveSales.GraphQL.Errors;
using LiveSales.GraphQL.Types;

namespace LiveSales.GraphQL.Tests.Builders;

public sealed class CodeFirstSchemaTests
{
    private enum Role
    {
        [Description("Runs the org")]
        Admin,
        SalesRep,
        [Obsolete("Use SalesRep")]
        Rep,
    }

    private sealed class Customer
    {
        public Guid Id { get; init; }

        public string Name { get; init; } = "";

        public string? Region { get; init; }

        public int Visits { get; init; }

        public int? Score { get; init; }

        public decimal Amount { get; init; }

        public List<string> Tags { get; init; } = [];

        public IReadOnlyList<string?>? Aliases { get; init; }

        public Role Role { get; init; }

        public DateTimeOffset CreatedAt { get; init; }
    }

    private sealed record CreateCustomerInput(string Name, string? Region, Role Role = Role.SalesRep, int? Visits = null);

    private static readonly ScalarType s_dateTime = new(
        "DateTime",
        serialize: value => ((DateTimeOffset)value!).ToString("O", CultureInfo.InvariantCulture),
        parseValue: value => DateTimeOffset.Parse((string)value!, CultureInfo.InvariantCulture))
    {
        Description = "ISO-8601 date and time with offset",
        ClrType = typeof(DateTimeOffset),
    };

    private static Schema CustomerSchema() => new SchemaBuilder()
        .Scalar(s_dateTime)
        .Enum<Role>()
        .Object<Customer>("Customer", t =>
        {
            t.Description("A customer of the org");
            t.Field(c => c.Id).Type("ID!");
            t.Field(c => c.Name);
            t.Field(c => c.Region);
            t.Field(c => c.Visits);
            t.Field(c => c.Score).Deprecated("Use visits");
            t.Field(c => c.Amount);
            t.Field(c => c.Tags);
            t.Field(c => c.Aliases);
            t.Field(c => c.Role);
            t.Field(c => c.CreatedAt);
            t.Field("greeting", "String!").Resolve((c, ctx) => $"Hello {c.Name}");
        })
        .InputObject<CreateCustomerInput>("CreateCustomerInput")
        .Query(q =>
        {
            q.Field("customer", "Customer")
                .Description("A customer by id")
                .Argument("id", "ID!")
                .Resolve(ctx => new Customer { Name = "Ada", Id = Guid.Empty });
            q.Field("customers", "[Customer!]!")
                .Argument("first", "Int", a => a.Default(20).Description("Page size"))
                .Argument("role", "Role", a => a.Default(Role.SalesRep))
                .Resolve(async ctx =>
                {
                    await Task.Yield();
                    return Enumerable.Range(0, ctx.Argument<int>("first")).Select(i => new Customer { Name = $"c{i}" }).ToList();
                });
        })
        .Mutation(m => m.Field("createCustomer", "Customer!")
            .Argument("input", "CreateCustomerInput!")
            .Resolve(ctx => new ValueTask<Customer>(new Customer { Name = ctx.Argument<CreateCustomerInput>("input").Name })))
        .Build();

    [Fact]
    public void Infers_field_types_and_nullability_from_dotnet_members()
    {
        string sdl = CustomerSchema().ToSdl();

        Assert.Equal(
            """"
            """ISO-8601 date and time with offset"""
            scalar DateTime

            enum Role {
              """Runs the org"""
              ADMIN
              SALES_REP
              REP @deprecated(reason: "Use SalesRep")
            }

            """A customer of the org"""
            type Customer {
              id: ID!
              name: String!
              region: String
              visits: Int!
              score: Int @deprecated(reason: "Use visits")
              amount: Float!
              tags: [String!]!
              aliases: [String]
              role: Role!
              createdAt: DateTime!
              greeting: String!
            }

            input CreateCustomerInput {
              name: String!
              region: String
              role: Role!
              visits: Int
            }

            type Query {
              """A customer by id"""
              customer(id: ID!): Customer
              customers(
                """Page size"""
                first: Int = 20
                role: Role = SALES_REP
              ): [Customer!]!
            }

            type Mutation {
              createCustomer(input: CreateCustomerInput!): Customer!
            }
            """",
            sdl);
    }

    [Fact]
    public async Task Member_bound_fields_read_the_member_and_typed_resolvers_get_the_parent()
    {
        Schema schema = CustomerSchema();
        var type = (ObjectType)schema.GetType("Customer")!;
        var customer = new Customer { Name = "Ada", Tags = ["vip"], Role = Role.Admin };

        Assert.Equal("Ada", await FakeResolverContext.ResolveAsync(schema, type, "name", customer));
        Assert.Equal(new List<string> { "vip" }, await FakeResolverContext.ResolveAsync(schema, type, "tags", customer));
        Assert.Equal(Role.Admin, await FakeResolverContext.ResolveAsync(schema, type, "role", customer));
        Assert.Equal("Hello Ada", await FakeResolverContext.ResolveAsync(schema, type, "greeting", customer));
    }

    [Fact]
    public async Task Sync_task_and_value_task_resolvers_all_produce_their_values()
    {
        Schema schema = CustomerSchema();
        var input = new Dictionary<string, object?> { ["name"] = "Bo", ["region"] = null, ["role"] = Role.Admin };

        var one = (Customer)(await FakeResolverContext.ResolveAsync(schema, schema.QueryType, "customer", null))!;
        var many = (List<Customer>)(await FakeResolverContext.ResolveAsync(schema, schema.QueryType, "customers", null, new Dictionary<string, object?> { ["first"] = 2 }))!;
        var created = (Customer)(await FakeResolverContext.ResolveAsync(schema, schema.MutationType!, "createCustomer", null, new Dictionary<string, object?> { ["input"] = input }))!;

        Assert.Equal("Ada", one.Name);
        Assert.Equal(["c0", "c1"], many.Select(c => c.Name));
        Assert.Equal("Bo", created.Name);
    }

    [Fact]
    public void Dotnet_enums_map_to_enum_types_with_their_members_as_values()
    {
        var role = (EnumType)CustomerSchema().GetType("Role")!;

        Assert.Equal("SALES_REP", role.Serialize(Role.SalesRep));
        Assert.Equal(Role.Admin, role.ParseValue("ADMIN"));
        Assert.Equal(typeof(Role), role.ClrType);
    }

    [Fact]
    public void Builder_references_and_wrappers_can_replace_type_text()
    {
        var builder = new SchemaBuilder();
        ObjectTypeBuilder item = builder.Object("Item");
        item.Field("id", "ID!");

        Schema schema = builder
            .Query(q =>
            {
                q.Field("item").Type(item);
                q.Field("required").Type(item.NonNull());
                q.Field("all").Type(TypeReference.ListOf(item.NonNull()).NonNull());
                q.Field("count").Type(ScalarType.Int.NonNull());
            })
            .Build();

        Assert.Equal(["Item", "Item!", "[Item!]!", "Int!"], schema.QueryType.Fields.Values.Select(f => f.Type.ToString()));
    }

    [Fact]
    public void Interfaces_and_unions_take_type_resolvers()
    {
        Schema schema = new SchemaBuilder()
            .Interface("Node", i => i.Field("id", "ID!"))
            .Object("Lead", t => t.Implements("Node").Field("id", "ID!"))
            .Object("Deal", t => t.Implements("Node").Field("id", "ID!"))
            .Union("Work", u => u.Types("Lead", "Deal").ResolveType((value, ctx) => value is string s && s.StartsWith('L') ? "Lead" : "Deal"))
            .Query(q =>
            {
                q.Field("node", "Node");
                q.Field("work", "[Work]");
            })
            .Build();

        var work = (UnionType)schema.GetType("Work")!;
        var context = new FakeResolverContext(schema, null, schema.QueryType, schema.QueryType.GetField("work")!);
        Assert.Equal(["Lead", "Deal"], work.Types.Select(t => t.Name));
        Assert.Equal("Lead", work.ResolveType!("L1", context));
        Assert.Equal(["Lead", "Deal"], schema.GetPossibleTypes(schema.GetType("Node")!).Select(t => t.Name));
    }

    [Fact]
    public async Task Subscription_fields_give_a_stream_of_source_events()
    {
        Schema schema = new SchemaBuilder()
            .Query(q => q.Field("ok", "Boolean"))
            .Subscription(s => s.Field("ticks", "Int!").Subscribe(ctx => Ticks(3)).Resolve(ctx => ctx.Source))
            .Build();
        FieldDefinition ticks = schema.SubscriptionType!.GetField("ticks")!;

        IAsyncEnumerable<object?> stream = await ticks.Subscriber!(new FakeResolverContext(schema, null, schema.SubscriptionType, ticks));

        var events = new List<object?>();
        await foreach (object? tick in stream)
        {
            events.Add(tick);
        }

        Assert.Equal([0, 1, 2], events);
    }

    private static async IAsyncEnumerable<int> Ticks(int count)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return i;
        }
    }

    [Fact]
    public void Custom_directives_are_part_of_the_schema()
    {
        Schema schema = new SchemaBuilder()
            .Directive("cost", d => d.Description("Query cost").Locations(DirectiveLocation.FieldDefinition).Argument("weight", "Int!").Repeatable())
            .Query(q => q.Field("a", "Int"))
            .Build();

        Assert.Equal("\"\"\"Query cost\"\"\"\ndirective @cost(weight: Int!) repeatable on FIELD_DEFINITION\n\ntype Query {\n  a: Int\n}", schema.ToSdl());
    }

    [Fact]
    public void Field_metadata_is_kept_for_middleware()
    {
        Schema schema = new SchemaBuilder().Query(q => q.Field("secret", "String").Extension("policy", "Admin")).Build();

        Assert.Equal("Admin", schema.QueryType.GetField("secret")!.Extensions["policy"]);
    }

    [Fact]
    public void Every_problem_is_reported_together_when_building()
    {
        var builder = new SchemaBuilder()
            .Object("Customer", t => t.Field("owner", "Usr"))
            .Object("Lead", t => t.Field("score"))
            .Object("Deal", t => t.Implements("Customer").Field("id", "ID"))
            .Query(q => q.Field("customer", "Custmer"));

        var error = Assert.Throws<SchemaValidationException>(builder.Build);

        Assert.Equal(
            [
                "Unknown type \"Usr\" in Customer.owner.",
                "Field Lead.score has no type; give it one with .Type(\"...\").",
                "Type Deal must only implement Interface types, it cannot implement Customer.",
                "Unknown type \"Custmer\" in Query.customer. Did you mean \"Customer\"?",
            ],
            error.Errors.Select(e => e.Message));
    }

    [Fact]
    public void A_member_of_an_unregistered_dotnet_type_is_reported()
    {
        var builder = new SchemaBuilder().Object<Holder>("Holder", t => t.Field(h => h.When)).Query(q => q.Field("h", "Holder"));

        var error = Assert.Throws<SchemaValidationException>(builder.Build);

        Assert.Equal(
            "Cannot infer a GraphQL type for Holder.when from the .NET type TimeSpan; register it (Object<T>, InputObject<T>, Enum<T>, Scalar) or give the type with .Type(\"...\").",
            Assert.Single(error.Errors).Message);
    }

    private sealed class Holder
    {
        public TimeSpan When { get; init; }
    }

    [Fact]
    public void Using_a_name_for_two_kinds_of_type_fails_at_once()
    {
        var builder = new SchemaBuilder();
        builder.Enum("Status");

        var error = Assert.Throws<InvalidOperationException>(() => builder.Object("Status"));

        Assert.Equal("Type \"Status\" is already defined as an enum type.", error.Message);
    }

    [Fact]
    public void Type_text_that_does_not_parse_is_rejected_where_it_is_written()
    {
        var error = Assert.Throws<ArgumentException>(() => new SchemaBuilder().Query(q => q.Field("a", "[Int")));

        Assert.StartsWith("\"[Int\" is not a GraphQL type reference: Syntax Error: Expected \"]\", found <EOF>.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_values_may_be_given_as_graphql_literals()
    {
        Schema schema = new SchemaBuilder()
            .InputObject("Page", i => { i.Field("first", "Int"); i.Field("after", "String"); })
            .Query(q => q.Field("list", "Int").Argument("page", "Page", a => a.DefaultLiteralText("{first: 10}")))
            .Build();

        Assert.Equal("type Query {\n  list(page: Page = {first: 10}): Int\n}", Printed(schema, "Query"));
        Assert.Throws<ArgumentException>(() => new SchemaBuilder().Query(q => q.Field("x", "Int").Argument("a", "Int", a => a.DefaultLiteralText("$v"))));
    }

    private static string Printed(Schema schema, string typeName) => LiveSales.GraphQL.Utilities.SchemaPrinter.PrintType(schema.GetType(typeName)!);

    [Fact]
    public void An_invalid_default_literal_is_an_error()
    {
        var builder = new SchemaBuilder().Query(q => q.Field("x", "Int").Argument("a", "Int", a => a.DefaultLiteralText("\"text\"")));

        var error = Assert.Throws<SchemaValidationException>(builder.Build);

        Assert.Equal("Default value \"text\" of Query.x(a:) is not a valid Int.", Assert.Single(error.Errors).Message);
        Assert.IsType<GraphQLError>(error.Errors[0]);
        Assert.Null(error.Errors[0].Locations);
    }
}
