# Sourced by run.sh and startup.sh. free_port: a loopback port nothing listens on, below Linux's
# default ephemeral range (32768-60999): a port that an outgoing connection holds answers no
# connect, yet cannot be bound. Bounded number of tries.
free_port() {
	local port
	for _ in $(seq 1 100); do
		port=$((20000 + RANDOM % 12000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
			echo "$port"
			return 0
		fi
	done
	printf '%s\n' "no free port found" >&2
	return 1
}
