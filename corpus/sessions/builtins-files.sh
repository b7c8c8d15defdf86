# Shell builtins and file commands a learner uses around docker commands.
pwd
ls
echo hello
echo hello > greeting.txt
cat greeting.txt
echo world >> greeting.txt
cat greeting.txt
ls
ls -a
mkdir app
mkdir app
mkdir -p app/src
ls app
touch app/main.go
ls app
cp greeting.txt app/
ls app
mv app/greeting.txt app/hello.txt
ls app
cat app/hello.txt
who=docker
cat > app/index.html <<EOF
<h1>Hello from $who</h1>
EOF
cat app/index.html
cat > Dockerfile <<'EOF'
FROM nginx:stable
COPY app/index.html /usr/share/nginx/html/
EOF
cat Dockerfile
cat <<-EOF
	indented with a tab
	EOF
cat << "END" > notes.txt
literal $HOME
END
cat notes.txt
cat nosuch
rm nosuch
rm app
rmdir app
rm -r app
ls
ls app
ls -l nosuch
rm greeting.txt Dockerfile notes.txt
ls
cd nosuch
mkdir web && cd web
pwd
cd ..
pwd
echo "a b"   c
echo 'single $HOME'
echo "double $who"
printf 'no newline at the end'
echo after
