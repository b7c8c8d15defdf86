# With a daemon, the CLI hides the flags that need a newer API than the daemon's:
# against Engine 20.10 (API 1.41) `rmi`, `history` and `image inspect` lack
# --platform and `images` lacks --tree, which a current engine (or no daemon) shows.
docker images --help
docker image ls --help
docker rmi --help
docker history --help
docker image inspect --help
