"""Key handling, PIN hashing, lockout rules and the activity-log chain. Pure logic and files;
no SQL (storage does that) and no policy about who may call what (services do that)."""
