"""Rule data of solieu: vocabulary and patterns, each with the sentences that motivate it."""
