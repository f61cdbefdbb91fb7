"""The operating system underneath: durable file writes and time limits on work in child processes."""
