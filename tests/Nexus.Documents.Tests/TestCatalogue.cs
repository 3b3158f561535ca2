namespace Nexus.Documents.Tests;

/// <summary>A small catalogue like the one the web host seeds.</summary>
public static class TestCatalogue
{
    public static Catalogue Instance { get; } = new(
    [
        Tech("python", "Python", "py"),
        Tech("django", "Django"),
        Tech("django-rest-framework", "Django REST Framework", "DRF", "django-rest"),
        Tech("graphql", "GraphQL"),
        Tech("postgresql", "PostgreSQL", "Postgres", "psql"),
        Tech("docker", "Docker"),
        Tech("celery", "Celery"),
        Tech("rabbitmq", "RabbitMQ", "Rabbit MQ"),
        Tech("redis", "Redis"),
        Tech("github-actions", "GitHub Actions", "GH Actions"),
        Tech("ci-cd", "CI/CD", "Continuous Integration"),
        Tech("swagger", "Swagger", "OpenAPI"),
        Tech("kubernetes", "Kubernetes", "k8s"),
        Tech("csharp", "C#", "csharp"),
        Tech("c", "C"),
        Tech("cpp", "C++"),
        Tech("nodejs", "Node.js", "node"),
        Concept("caching", "Caching", "Caching Strategies"),
        Concept("authentication", "Authentication"),
        Concept("authorization", "Authorization"),
        Concept("database-design", "Database Design"),
        Concept("asynchronous-programming", "Asynchronous Programming", "async"),
        Concept("message-queues", "Message Queues"),
        Concept("containerization", "Containerization"),
        Concept("api-design", "API Design", "RESTful API Design"),
    ]);

    private static CatalogueEntry Tech(string slug, string name, params string[] aliases) => new(slug, name, aliases, "general", TopicKind.Technology);

    private static CatalogueEntry Concept(string slug, string name, params string[] aliases) => new(slug, name, aliases, "general", TopicKind.Concept);
}
