console.log("main", import.meta.url);
