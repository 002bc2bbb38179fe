"""The document model: findings, rules as data, and a document parsed once for every rule."""
