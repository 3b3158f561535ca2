using NpgsqlTypes;

namespace Nexus.Web.Bench;

/// <summary>The columns the search seeder fills, as the migrations define them (nullable columns it leaves empty are omitted).</summary>
public static class SearchTables
{
    private static BulkColumn Id(string name = "id") => new(name, NpgsqlDbType.Bigint);

    private static BulkColumn Text(string name) => new(name, NpgsqlDbType.Text);

    private static BulkColumn Int(string name) => new(name, NpgsqlDbType.Integer);

    private static BulkColumn Bool(string name) => new(name, NpgsqlDbType.Boolean);

    private static BulkColumn Uuid(string name) => new(name, NpgsqlDbType.Uuid);

    private static BulkColumn Instant(string name) => new(name, NpgsqlDbType.TimestampTz);

    public static readonly BulkTable Users = new("users",
        Uuid("id"), Text("handle"), Text("display_name"), Text("track"), Text("cohort"), Instant("created_at"), Instant("updated_at"),
        Text("user_name"), Text("normalized_user_name"), Text("email"), Text("normalized_email"), Bool("email_confirmed"),
        Text("security_stamp"), Text("concurrency_stamp"), Bool("phone_number_confirmed"), Bool("two_factor_enabled"),
        Bool("lockout_enabled"), Int("access_failed_count"));

    public static readonly BulkTable Hubs = new("hubs",
        Id(), Text("slug"), Uuid("owner_id"), Text("title"), Text("summary"), Text("visibility"), Int("revision"), Int("version"),
        Instant("created_at"), Instant("updated_at"));

    public static readonly BulkTable Sections = new("hub_sections",
        Id(), Id("hub_id"), Text("kind"), Text("title"), Text("markdown"), Int("position"));

    public static readonly BulkTable Topics = new("hub_topics", Id(), Id("hub_id"), Id("entry_id"), Text("note"), Int("position"));

    public static readonly BulkTable Challenges = new("challenges",
        Id(), Id("hub_id"), Text("title"), Text("problem"), Text("solution"), Text("result"), Int("position"),
        Uuid("verified_by_id"), Instant("verified_at"));

    public static readonly BulkTable ChallengeTechnologies = new("challenge_technologies", Id("challenge_id"), Id("entry_id"));

    public static readonly BulkTable Takeaways = new("takeaways", Id(), Id("hub_id"), Text("text"), Int("position"));

    public static readonly BulkTable Snippets = new("snippets",
        Id(), Id("hub_id"), Text("title"), Text("language"), Text("code"), Text("description"), Int("position"));

    public static readonly BulkTable SearchDocuments = new("search_documents",
        Id(), Id("hub_id"), Text("kind"), Id("source_id"), Text("section_title"), Text("title"), Text("body"),
        Text("title_terms"), Text("body_terms"), Id("updated_at"));

    public static readonly BulkTable SearchTerms = new("search_terms", Id(), Text("term"));

    /// <summary>Tables whose ids the seeder assigns itself (PostgreSQL identities are moved past them afterwards).</summary>
    public static readonly BulkTable[] WithIdentity = [Hubs, Sections, Topics, Challenges, Takeaways, Snippets, SearchDocuments, SearchTerms];
}
