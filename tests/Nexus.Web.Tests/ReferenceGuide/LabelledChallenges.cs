namespace Nexus.Web.Tests.ReferenceGuide;

/// <summary>A hand-labelled set: challenges written as different learners would, each labelled with the problem it is.</summary>
public static class LabelledChallenges
{
    public static readonly (string Label, string Title, string Problem, string[] Technologies)[] All =
    [
        ("celery", "Celery tasks never run", "Tasks were queued but no worker picked them up.", ["celery"]),
        ("celery", "Background tasks not executing", "Jobs sit in the queue and nothing processes them.", ["celery", "redis"]),
        ("celery", "Worker not picking up jobs", "The worker starts but never consumes anything from the broker.", ["celery"]),
        ("celery", "Async jobs stuck in pending", "Queued background jobs stay pending forever.", ["celery", "rabbitmq"]),
        ("celery", "Emails never sent by the task queue", "The send_email task was enqueued but the worker did not execute it.", ["celery"]),

        ("n+1", "N+1 queries on the hub list", "Each row triggered its own SQL query.", ["django-orm"]),
        ("n+1", "Too many SQL queries when listing posts", "The list endpoint ran hundreds of queries per request.", ["django"]),
        ("n+1", "Repeated database queries per row", "Debug toolbar showed the same query repeated for every item.", ["django-debug-toolbar"]),
        ("n+1", "Slow list endpoint because of queries in a loop", "Serializers hit the database once per object in a loop.", ["django-rest-framework"]),

        ("cors", "CORS errors calling the API", "The browser blocked requests from localhost:3000.", ["django-cors-headers"]),
        ("cors", "Browser blocks cross-origin requests", "Fetch failed with a missing Access-Control-Allow-Origin header.", ["react"]),
        ("cors", "Preflight request rejected", "OPTIONS preflight got a 403 so the frontend could not call the backend.", ["nginx"]),
        ("cors", "Frontend cannot reach backend due to CORS policy", "Requests from the React app were refused by the origin policy.", ["react", "django"]),

        ("jwt", "JWT expires and users get logged out", "Access tokens expired after five minutes and sessions ended.", ["jwt"]),
        ("jwt", "Token refresh not working", "The refresh token flow returned 401 and users were signed out.", ["jwt"]),
        ("jwt", "Users logged out randomly", "Expired access token was never refreshed by the client.", ["jwt", "react"]),
        ("jwt", "Session ends too early", "Short-lived token expiry forced users to sign in again.", ["jwt"]),

        ("docker-db", "Django cannot connect to Postgres in Docker", "Connection refused to localhost:5432 from the web container.", ["docker", "postgresql"]),
        ("docker-db", "Database connection refused inside docker compose", "The app container could not reach the database service.", ["docker-compose"]),
        ("docker-db", "Container can't reach the database", "Used localhost instead of the service name for the DB host.", ["docker"]),
        ("docker-db", "Postgres connection fails on startup", "Web service started before the database container was ready, connection refused.", ["docker-compose", "postgresql"]),

        ("migrations", "Migration conflicts after merging branches", "Two migrations with the same number broke migrate.", ["django"]),
        ("migrations", "Conflicting migrations on main", "makemigrations reported conflicting leaf nodes after a merge.", ["django"]),
        ("migrations", "Alembic multiple heads", "Alembic upgrade failed because of two migration heads after merging.", ["alembic"]),
        ("migrations", "Migrate fails with inconsistent history", "Merged branches produced divergent migration history.", ["django"]),

        ("index", "Slow search query on a large table", "Filtering by email took seconds without an index.", ["postgresql"]),
        ("index", "Query takes seconds, needs an index", "EXPLAIN showed a sequential scan over a million rows.", ["postgresql"]),
        ("index", "Dashboard query very slow", "A full table scan on orders; adding a composite index fixed it.", ["mysql"]),
        ("index", "Sequential scan makes the filter slow", "Lookup by user id scanned the whole table, no index.", ["postgresql"]),

        ("rerender", "Infinite re-render loop in React", "useEffect updated state on every render.", ["react"]),
        ("rerender", "Component renders endlessly", "Setting state inside the effect without dependencies caused a render loop.", ["react"]),
        ("rerender", "useEffect runs in a loop", "Missing dependency array made the effect fire on every render.", ["react"]),
        ("rerender", "Page freezes because of rerenders", "A state update during render triggered infinite rerendering.", ["react"]),

        ("env", "Secret key missing in production", "The app crashed on deploy because the SECRET_KEY env var was not set.", ["render"]),
        ("env", "Environment variables not loaded on deploy", "Settings read None because the .env file is not used in production.", ["render"]),
        ("env", "Config works locally but not on the server", "Env vars were defined locally but missing on the hosting platform.", ["vercel"]),
        ("env", "Missing env variable breaks deployment", "The build failed because the DATABASE_URL environment variable was undefined.", ["render"]),

        ("webhook", "Payment marked paid twice", "The webhook was delivered twice and we credited the order twice.", ["chapa"]),
        ("webhook", "Duplicate webhook events", "The provider retried the webhook and orders were processed twice.", ["chapa"]),
        ("webhook", "Double charge on retry", "Retries of the payment callback were not idempotent.", ["chapa"]),
        ("webhook", "Idempotency for payment callbacks", "Repeated callbacks created duplicate transactions.", ["chapa"]),

        ("tailwind", "Tailwind classes not applied", "Purge removed classes that were built dynamically.", ["tailwind-css"]),
        ("graphql", "GraphQL query returns null for a nested field", "The resolver did not return the related object.", ["graphql"]),
        ("websocket", "WebSocket disconnects behind nginx", "The proxy dropped upgrade headers so sockets closed.", ["nginx", "websockets"]),
        ("pytest", "Pytest fixtures leaking state", "A module-scoped fixture shared a mutable list between tests.", ["pytest"]),
    ];
}
