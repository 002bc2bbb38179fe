"""Rule packs: YAML files of rules, loaded, validated and selected into a rule set."""
